using PainCare.Reflection;
using PainCare.Reflection.Loading;

namespace PainCare.UnitTests.Reflection;

public sealed class CatalogueLoadingTests : IDisposable
{
    private const string Lexicon = """
        {
          "version": 1,
          "words": {
            "negators": ["no"], "negatorSuffixes": ["n't"], "postNegators": ["absent"], "clauseBreakers": ["but"], "coordinators": ["and"], "subjects": ["she"],
            "clinicianMarkers": ["i"], "patientMarkers": ["she"], "observationVerbs": ["noted"], "speechVerbs": ["said"], "pronouns": ["her"],
            "english": ["the"], "foreign": ["och"]
          },
          "groups": [
            { "id": "safety.test", "phrases": ["recoiled", "held {pron} breath"] }
          ]
        }
        """;

    private const string Catalogue = """
        {
          "version": 1,
          "rules": [
            { "id": "safety-cue.test", "category": "safety-cue", "whenAny": ["safety.test"], "prompts": ["What was the body protecting?"] }
          ]
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("reflection-data-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void EmbeddedData_LoadsAndValidates()
    {
        Assert.True(ReflectionData.Embedded.RuleCount > 8);
        Assert.True(ReflectionData.Embedded.LexiconGroupCount > 8);
    }

    [Fact]
    public void ValidFiles_LoadThroughTheFileLoaderAndMatch()
    {
        var engine = new ReflectionEngine(Load(Lexicon, Catalogue));

        Assert.Equal("safety-cue.test", Assert.Single(engine.Reflect("She held her breath.")).RuleId);
    }

    [Fact]
    public void MalformedJson_ErrorNamesFileAndLine()
    {
        var broken = Catalogue.Replace("\"category\": \"safety-cue\",", "\"category\": \"safety-cue\" \"oops\",", StringComparison.Ordinal);

        var error = Assert.Throws<CatalogueFormatException>(() => Load(Lexicon, broken));

        Assert.Equal("catalogue.broken.json", error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("catalogue.broken.json, line 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCategory_ErrorNamesFileAndLineOfTheEntry()
    {
        var broken = Catalogue.Replace("\"category\": \"safety-cue\"", "\"category\": \"safety\"", StringComparison.Ordinal);

        var error = Assert.Throws<CatalogueFormatException>(() => Load(Lexicon, broken));

        Assert.Equal(4, error.Line);
        Assert.Contains("unknown category 'safety'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleReferringToUnknownLexiconGroup_IsRejected()
    {
        var broken = Catalogue.Replace("[\"safety.test\"]", "[\"safety.missing\"]", StringComparison.Ordinal);

        var error = Assert.Throws<CatalogueFormatException>(() => Load(Lexicon, broken));

        Assert.Contains("safety.missing", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void RuleWithoutPrompts_IsRejected()
    {
        var broken = Catalogue.Replace("[\"What was the body protecting?\"]", "[]", StringComparison.Ordinal);

        Assert.Contains("'prompts' must not be empty", Assert.Throws<CatalogueFormatException>(() => Load(Lexicon, broken)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"ok\"", "shorter than 3 letters")]
    [InlineData("\"* breath\"", "must start and end with a word")]
    [InlineData("\"held {slot} breath\"", "unknown slot")]
    [InlineData("\"held; breath\"", "invalid word")]
    [InlineData("42", "non-empty string")]
    public void InvalidLexiconPhrase_ErrorNamesLexiconFileAndLine(string phrase, string problem)
    {
        var broken = Lexicon.Replace("\"recoiled\"", phrase, StringComparison.Ordinal);

        var error = Assert.Throws<CatalogueFormatException>(() => Load(broken, Catalogue));

        Assert.Equal("lexicon.broken.json", error.File);
        Assert.Equal(9, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltProperty_ErrorNamesItAndItsLine()
    {
        var broken = Lexicon.Replace("{ \"id\": \"safety.test\",", "{ \"id\": \"safety.test\", \"patientonly\": true,", StringComparison.Ordinal);

        var error = Assert.Throws<CatalogueFormatException>(() => Load(broken, Catalogue));

        Assert.Equal(9, error.Line);
        Assert.Contains("unknown property 'patientonly'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongVersion_IsRejected()
    {
        var broken = Lexicon.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal);

        var error = Assert.Throws<CatalogueFormatException>(() => Load(broken, Catalogue));

        Assert.Equal(2, error.Line);
        Assert.Contains("version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingWordList_IsRejected()
    {
        var broken = Lexicon.Replace("\"foreign\": [\"och\"]", "\"foreigners\": [\"och\"]", StringComparison.Ordinal);

        Assert.Contains("missing property 'foreign'", Assert.Throws<CatalogueFormatException>(() => Load(broken, Catalogue)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CueRequiringAGroupThatIsNotContext_IsRejected()
    {
        var broken = Lexicon.Replace("{ \"id\": \"safety.test\",", "{ \"id\": \"safety.test\", \"requires\": \"safety.test\",", StringComparison.Ordinal);

        var error = Assert.Throws<CatalogueFormatException>(() => Load(broken, Catalogue));

        Assert.Contains("must name a group with role \"context\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CueRecordingAnUnknownFeature_IsRejected()
    {
        var broken = Lexicon.Replace("{ \"id\": \"safety.test\",", "{ \"id\": \"safety.test\", \"feature\": \"safety.tset\",", StringComparison.Ordinal);

        var error = Assert.Throws<CatalogueFormatException>(() => Load(broken, Catalogue));

        Assert.Contains("'feature' must name a cue group, not 'safety.tset'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CueRequiringContext_FiresOnlyWithItsContextInTheSentence()
    {
        var gated = Lexicon.Replace(
            "{ \"id\": \"safety.test\", \"phrases\": [\"recoiled\", \"held {pron} breath\"] }",
            "{ \"id\": \"context.test\", \"role\": \"context\", \"phrases\": [\"on the couch\"] },\n" +
            "    { \"id\": \"safety.test\", \"requires\": \"context.test\", \"phrases\": [\"recoiled\"] }",
            StringComparison.Ordinal);
        Assert.NotEqual(Lexicon, gated);
        var engine = new ReflectionEngine(Load(gated, Catalogue));

        Assert.Contains(engine.Reflect("She recoiled on the couch."), p => p.Category == "safety-cue");
        Assert.DoesNotContain(engine.Reflect("She recoiled. We moved to the couch."), p => p.Category == "safety-cue");
    }

    private ReflectionData Load(string lexicon, string catalogue)
    {
        var lexiconPath = Path.Combine(_folder, lexicon == Lexicon ? "lexicon.json" : "lexicon.broken.json");
        var cataloguePath = Path.Combine(_folder, catalogue == Catalogue ? "catalogue.json" : "catalogue.broken.json");
        File.WriteAllText(lexiconPath, lexicon.ReplaceLineEndings("\n"));
        File.WriteAllText(cataloguePath, catalogue.ReplaceLineEndings("\n"));
        return ReflectionData.FromFiles(lexiconPath, cataloguePath);
    }
}
