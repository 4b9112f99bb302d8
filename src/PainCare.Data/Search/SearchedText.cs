namespace PainCare.Data.Search;

/// <summary>The text each engine indexes and headlines where a place's searched words are not one column (ADR 0330).</summary>
public static class SearchedText
{
    /// <summary>
    /// An observation's cue, what was seen and what preceded it, as one text; SQL both engines accept, and immutable, as
    /// PostgreSQL's generated column needs. <paramref name="row"/> qualifies the columns ("o." or SQLite's "NEW.").
    /// </summary>
    public static string Observation(string row = "") =>
        $"""COALESCE({row}"Aspect" || ' ', '') || {row}"Detail" || COALESCE(' ' || {row}"Antecedent", '')""";
}
