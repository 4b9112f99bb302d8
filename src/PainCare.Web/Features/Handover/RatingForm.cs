namespace PainCare.Web.Features.Handover;

/// <summary>The patient's answers so far; carried in the form itself between steps, so nothing is stored half-finished.</summary>
public sealed class RatingForm
{
    public int Step { get; set; }

    public string? Move { get; set; }

    public List<int?> Answers { get; set; } = [];
}
