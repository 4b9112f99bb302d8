namespace PainCare.Web.Features.Vignettes;

/// <summary>Why a supervision message, or a vignette's title or text, was refused. Nothing is ever cut to fit.</summary>
public enum TextProblem
{
    Empty,
    TooLong,
    HiddenCharacters,
    Closed,
}

/// <summary>A refusal with the numbers the clinician needs: how long the text is and the limit it is over.</summary>
public sealed record TextRefusal(string What, TextProblem Problem, int Length = 0, int Limit = 0)
{
    public string Message => Problem switch
    {
        TextProblem.TooLong =>
            $"The {What} is {Length:N0} characters: {Length - Limit:N0} characters over the limit of {Limit:N0}. Nothing was saved or cut; shorten it and try again.",
        TextProblem.Empty => $"Write the {What} first.",
        TextProblem.HiddenCharacters => $"Remove the hidden or control characters (often from pasting) from the {What}.",
        _ => "This discussion is closed.",
    };

    /// <summary>Null when the text fits; counted as the clinician sees it, one character per line break.</summary>
    public static TextRefusal? Check(string what, string text, int limit) =>
        string.IsNullOrWhiteSpace(text) ? new(what, TextProblem.Empty)
        : text.ReplaceLineEndings("\n") is { Length: var length } && length > limit ? new(what, TextProblem.TooLong, length, limit)
        : null;
}

/// <summary>What became of a supervision message.</summary>
public sealed record CommentOutcome(TextRefusal? Refusal)
{
    public static CommentOutcome Sent { get; } = new((TextRefusal?)null);

    public bool WasSent => Refusal is null;
}
