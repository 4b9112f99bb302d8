using System.Text.Json.Nodes;
using PainCare.Domain.Alliance;

namespace PainCare.UnitTests.Alliance;

/// <summary>A small 4-item, 1-5, summed instrument (totals 4-20) and session builders for the rule tests.</summary>
internal static class AllianceTestData
{
    public static InstrumentDefinition Instrument(double? cutOff = 12, double? reliableChange = 3) => new(
        Id: "test-alliance",
        Name: "Test alliance",
        Version: "1",
        Rater: InstrumentRater.Patient,
        ScaleMin: 1,
        ScaleMax: 5,
        Scoring: ScoringRule.Sum,
        Items: [.. Enumerable.Range(1, 4).Select(i => new InstrumentItem($"Item {i}", new Dictionary<int, string>()))],
        Subscales: new Dictionary<string, IReadOnlyList<int>> { ["bond"] = [1, 2], ["task"] = [3, 4] },
        CutOff: cutOff,
        ReliableChange: reliableChange,
        LicenceNote: "test only",
        PlaceholderText: false);

    public static InstrumentDefinition Clinician(InstrumentDefinition patient) =>
        patient with { Id = patient.Id + "-clinician", Rater = InstrumentRater.Clinician };

    public static DateOnly DateOf(int n) => new DateOnly(2026, 1, 5).AddDays(7 * (n - 1));

    public static RatedSession Rated(int n, int[] patient, int[]? clinician = null) =>
        new(n, DateOf(n), SessionAttendance.Attended, Items(patient), clinician is null ? null : Items(clinician));

    /// <summary>Every patient item at <paramref name="item"/>: the total is 4 × item.</summary>
    public static RatedSession Uniform(int n, int item, int? clinicianItem = null) =>
        Rated(n, [item, item, item, item], clinicianItem is { } c ? [c, c, c, c] : null);

    public static RatedSession ClinicianOnly(int n, int item) =>
        new(n, DateOf(n), SessionAttendance.Attended, null, Items([item, item, item, item]));

    public static RatedSession Unrated(int n) => new(n, DateOf(n), SessionAttendance.Attended);

    public static RatedSession Missed(int n, SessionAttendance attendance = SessionAttendance.DidNotAttend) => new(n, DateOf(n), attendance);

    public static List<int?> Items(params int[] values) => [.. values.Select(v => (int?)v)];

    public static AllianceAnalysis Analyse(InstrumentDefinition instrument, params RatedSession[] sessions) =>
        new AllianceFlagger().Analyse(instrument, sessions, Clinician(instrument));

    public static List<AllianceFlag> Only(this AllianceAnalysis analysis, string rule) => [.. analysis.Flags.Where(f => f.Rule == rule)];

    /// <summary>A valid definition file body; tests break one field at a time.</summary>
    public static JsonObject ValidDefinitionJson(string id = "test-form") => new()
    {
        ["id"] = id,
        ["name"] = "Test form",
        ["version"] = "1",
        ["rater"] = "patient",
        ["placeholderText"] = false,
        ["licenceNote"] = "invented for tests",
        ["scale"] = new JsonObject { ["min"] = 0, ["max"] = 10 },
        ["scoring"] = "sum",
        ["cutOff"] = 12,
        ["reliableChange"] = 4,
        ["items"] = new JsonArray(
            new JsonObject { ["text"] = "First", ["anchors"] = new JsonObject { ["0"] = "low", ["10"] = "high" } },
            new JsonObject { ["text"] = "Second" },
            new JsonObject { ["text"] = "Third" }),
        ["subscales"] = new JsonObject { ["first-two"] = new JsonArray(1, 2) },
    };
}

/// <summary>A fresh directory under the system temp folder, removed afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("paincare-alliance-").FullName;

    public string Write(string fileName, string text)
    {
        var file = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
