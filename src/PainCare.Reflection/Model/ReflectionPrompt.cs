namespace PainCare.Reflection.Model;

/// <summary>One reflection prompt, explainable by its category, the rule that fired and its evidence.</summary>
public sealed record ReflectionPrompt(string Category, string RuleId, string Text, PromptEvidence Evidence);

/// <summary>Why a prompt appeared: spans of the narrative and/or the structured data that triggered it.</summary>
public sealed record PromptEvidence(IReadOnlyList<EvidenceSpan> Spans, IReadOnlyList<string> Data);

/// <summary>Character span [Start, End) of the narrative and the words it covers.</summary>
public sealed record EvidenceSpan(int Start, int End, string Words);
