namespace PainCare.Reflection;

/// <summary>The reflection module: see <see cref="ReflectionEngine"/> and ADR 0010 (rules and lexicons as data).</summary>
public static class ReflectionModule
{
    public const string Name = "PainCare.Reflection";
}
