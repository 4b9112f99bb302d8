namespace PainCare.Reflection.Rules;

/// <summary>
/// One catalogue rule: fires when any <see cref="WhenAny"/> feature is present and no <see cref="UnlessAny"/>
/// feature is. Features are lexicon group ids or structured ones (see <see cref="Features"/>).
/// </summary>
internal sealed record Rule(string Id, string Category, IReadOnlyList<string> WhenAny, IReadOnlyList<string> UnlessAny, IReadOnlyList<string> Prompts);

internal sealed record Catalogue(IReadOnlyList<Rule> Rules);
