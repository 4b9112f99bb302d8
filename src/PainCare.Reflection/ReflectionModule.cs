namespace PainCare.Reflection;

/// <summary>Marker for the reflection module; rules arrive with the reflection issue.</summary>
public static class ReflectionModule
{
    public const string Name = "PainCare.Reflection";
}
