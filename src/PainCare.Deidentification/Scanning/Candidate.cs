namespace PainCare.Deidentification.Scanning;

/// <summary>A span a recogniser proposes. Higher <see cref="Priority"/> wins an overlap; <see cref="Payload"/> carries what the surrogate needs.</summary>
internal sealed record Candidate(int Start, int End, CandidateKind Kind, string Category, int Priority, object? Payload = null)
{
    public int Length => End - Start;
}
