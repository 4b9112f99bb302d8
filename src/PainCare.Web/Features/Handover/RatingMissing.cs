namespace PainCare.Web.Features.Handover;

/// <summary>The one calm message shown at the first unanswered question, saying how many others still need an answer.</summary>
public static class RatingMissing
{
    public static int? First(IReadOnlyList<int?> answers, int count) =>
        Enumerable.Range(0, count).Cast<int?>().FirstOrDefault(i => answers.ElementAtOrDefault(i!.Value) is null);

    public static string Message(IReadOnlyList<int?> answers, int count)
    {
        var others = Enumerable.Range(0, count).Count(i => answers.ElementAtOrDefault(i) is null) - 1;
        return others switch
        {
            <= 0 => "Please choose an answer here, then carry on.",
            1 => "Please choose an answer here. One other question also needs an answer.",
            _ => $"Please choose an answer here. {others} other questions also need an answer.",
        };
    }
}
