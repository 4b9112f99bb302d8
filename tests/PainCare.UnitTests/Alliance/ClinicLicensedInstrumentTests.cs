using PainCare.Domain.Alliance;
using static PainCare.UnitTests.Alliance.AllianceTestData;

namespace PainCare.UnitTests.Alliance;

/// <summary>
/// The Session Rating Scale is licensed, so nothing of it ships. A clinic holding a licence writes its own
/// definition file; this one has the SRS shape (4 items, 0-10, summed, cut-off 36) with invented wording.
/// </summary>
public sealed class ClinicLicensedInstrumentTests
{
    private const string ClinicFile = """
        {
          "id": "srs-clinic",
          "name": "Session rating (clinic licensed copy)",
          "version": "clinic-2026",
          "rater": "patient",
          "placeholderText": true,
          "licenceNote": "Used under the clinic's own licence. Wording below is invented test text, not the licensed items.",
          "scale": { "min": 0, "max": 10 },
          "scoring": "sum",
          "cutOff": 36,
          "reliableChange": 5,
          "items": [
            { "text": "[Invented] How heard did you feel today?", "anchors": { "0": "[low]", "10": "[high]" } },
            { "text": "[Invented] Did we work on what you wanted?" },
            { "text": "[Invented] Did the way we worked suit you?" },
            { "text": "[Invented] Overall, how was today?" }
          ],
          "subscales": { "relationship": [1], "goals-and-topics": [2], "approach": [3], "overall": [4] }
        }
        """;

    [Fact]
    public void ClinicSuppliedDefinitionFile_LoadsScoresAndFlags()
    {
        using var directory = new TempDirectory();
        directory.Write("srs-clinic.json", ClinicFile);

        var catalogue = InstrumentCatalogue.LoadDefaults().CombineWith(InstrumentCatalogue.LoadFromDirectory(directory.Path));
        var srs = catalogue.Find("srs-clinic")!;
        var score = RatingScoring.Score(srs, Items(9, 8, 9, 7)).Score!;
        var analysis = new AllianceFlagger().Analyse(srs, [Rated(1, [10, 10, 10, 9]), Rated(2, [9, 8, 9, 7])]);

        Assert.Equal((0, 10, 4, 36.0), (srs.ScaleMin, srs.ScaleMax, srs.Items.Count, srs.CutOff!.Value));
        Assert.Equal(33, score.Total);
        Assert.Equal(8, score.Subscales["goals-and-topics"]);
        Assert.Equal(
            [(2, AllianceRules.BelowCutOff), (2, AllianceRules.ReliableDrop)],
            analysis.Flags.Select(f => (f.Session, f.Rule)));
    }
}
