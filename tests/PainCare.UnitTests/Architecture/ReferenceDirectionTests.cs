using System.Text.RegularExpressions;
using System.Xml.Linq;
using PainCare.Testing;

namespace PainCare.UnitTests.Architecture;

/// <summary>
/// References point one way (docs/architecture.md, ADR 0320). The feed has no NsDepCop, so the rules are read from the
/// project files and sources here: a reference that points the wrong way fails this test.
/// </summary>
public sealed partial class ReferenceDirectionTests
{
    /// <summary>Each project under src/ and the projects it may reference. A new project fails until it is added here.</summary>
    private static readonly Dictionary<string, string[]> _allowed = new(StringComparer.Ordinal)
    {
        ["PainCare.Domain"] = [],
        ["PainCare.Reflection"] = [],
        ["PainCare.Deidentification"] = [],
        ["PainCare.Data"] = ["PainCare.Domain"],
        ["PainCare.Data.Sqlite"] = ["PainCare.Data"],
        ["PainCare.Data.PostgreSql"] = ["PainCare.Data"],
        ["PainCare.Data.Providers"] = ["PainCare.Data.Sqlite", "PainCare.Data.PostgreSql"],
        ["PainCare.Web"] = ["PainCare.Domain", "PainCare.Data", "PainCare.Data.Providers", "PainCare.Reflection", "PainCare.Deidentification"],
        ["PainCare.Cli"] = ["PainCare.Domain", "PainCare.Data", "PainCare.Data.Providers", "PainCare.Reflection", "PainCare.Deidentification"],
    };

    public static TheoryData<string> SourceProjects() => [.. Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "src")).Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void ASourceProject_ReferencesOnlyTheProjectsItsLayerMay(string project)
    {
        Assert.True(_allowed.TryGetValue(project, out var allowed), $"{project} is not in the reference table; add it with the projects it may reference.");

        var wrongWay = ProjectFile(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? string.Empty).Replace('\\', '/')))
            .Where(name => !allowed.Contains(name, StringComparer.Ordinal))
            .ToList();

        Assert.True(wrongWay.Count == 0, $"{project} references {string.Join(", ", wrongWay)}, which its layer may not (docs/architecture.md).");
    }

    [Fact]
    public void NoSourceProject_ReferencesTheWebHost()
    {
        var referencing = _allowed.Keys.Where(p => p != "PainCare.Web"
            && ProjectFile(p).Descendants("ProjectReference").Any(r => ((string?)r.Attribute("Include") ?? string.Empty).Contains("PainCare.Web.csproj", StringComparison.Ordinal)));

        Assert.Empty(referencing);
    }

    [Theory]
    [InlineData("PainCare.Domain")]
    [InlineData("PainCare.Reflection")]
    [InlineData("PainCare.Deidentification")]
    public void APureLibrary_HasNoFrameworkOrPackageReference(string project)
    {
        var references = ProjectFile(project).Descendants()
            .Where(e => e.Name.LocalName is "FrameworkReference" or "PackageReference" or "ProjectReference")
            .Select(e => (string?)e.Attribute("Include"))
            .ToList();

        Assert.Empty(references);
    }

    [Fact]
    public void NoHostingSource_NamesAFeatureNamespace()
    {
        var hosting = Path.Combine(RepositoryPaths.Root, "src", "PainCare.Web", "Hosting");
        var offending = Directory.EnumerateFiles(hosting, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => NamesAFeature(l.Text))
            .Select(l => $"{l.File}:{l.Line}")
            .ToList();

        Assert.True(offending.Count == 0, $"Hosting must not depend on Features (register and map them from Program.cs): {string.Join(", ", offending)}");
    }

    [Theory]
    [InlineData("using PainCare.Web.Features.Audit;", true)]
    [InlineData("        services.AddScoped<PainCare.Web.Features.Sessions.NarrativeService>();", true)]
    [InlineData("        var audit = Features.Audit.NoAuditTrail.Instance;", true)]
    [InlineData("            context.Features.Set(QueryCountInterceptor.StartRequest());", false)]
    [InlineData("using PainCare.Web.Components;", false)]
    public void TheHostingRule_SeesUsingsAndFullyQualifiedNames(string line, bool names)
    {
        Assert.Equal(names, NamesAFeature(line));
    }

    /// <summary>A using or qualified name of PainCare.Web.Features, or (inside PainCare.Web) one starting at Features; not HttpContext.Features.</summary>
    private static bool NamesAFeature(string line) => FeatureName().IsMatch(line);

    [GeneratedRegex(@"PainCare\.Web\.Features\b|(?<![\w.])Features\.[A-Z]")]
    private static partial Regex FeatureName();

    private static XDocument ProjectFile(string project) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", project, project + ".csproj"));
}
