using System.Text.Json.Nodes;
using PainCare.Domain.Alliance;

namespace PainCare.UnitTests.Alliance;

/// <summary>Every invalid definition fails with "file: field: reason".</summary>
public sealed class InstrumentLoaderErrorTests
{
    private static InstrumentDefinitionException LoadBroken(Action<JsonObject> breakIt, string fileName = "wai-sr-patient.json")
    {
        using var directory = new TempDirectory();
        var json = AllianceTestData.ValidDefinitionJson();
        breakIt(json);
        directory.Write(fileName, json.ToJsonString());
        return Assert.Throws<InstrumentDefinitionException>(() => InstrumentCatalogue.LoadFromDirectory(directory.Path));
    }

    [Fact]
    public void UnknownScoringRule_ThrowsNamingFileFieldAndRule()
    {
        var error = LoadBroken(j => j["scoring"] = "median");

        Assert.StartsWith("wai-sr-patient.json: scoring: unknown scoring rule 'median'", error.Message, StringComparison.Ordinal);
        Assert.Equal(("wai-sr-patient.json", "scoring"), (error.FileName, error.Field));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("version")]
    [InlineData("licenceNote")]
    [InlineData("placeholderText")]
    [InlineData("scale")]
    [InlineData("items")]
    public void MissingRequiredField_ThrowsNamingTheField(string field)
    {
        var error = LoadBrokenAs("test.json", j => j.Remove(field));

        Assert.Equal($"test.json: {field}: required field is missing", error.Message);
        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData("rater", "\"therapist\"", "rater: unknown rater 'therapist'")]
    [InlineData("cutoff", "12", "cutoff: unknown field")]
    [InlineData("cutOff", "\"twelve\"", "cutOff: expected a number, found a string")]
    [InlineData("cutOff", "99", "cutOff: 99 lies outside the possible totals 0-30")]
    [InlineData("reliableChange", "0", "reliableChange: must be greater than zero")]
    [InlineData("placeholderText", "\"yes\"", "placeholderText: expected true or false")]
    [InlineData("scale", "{\"min\":5,\"max\":5}", "scale: min (5) must be below max (5)")]
    [InlineData("scale", "{\"min\":0}", "scale.max: required field is missing")]
    [InlineData("items", "[]", "items: at least one item is required")]
    [InlineData("items", "[{\"text\":\"\"}]", "items[0]: expected an object with a non-empty 'text'")]
    [InlineData("items", "[{\"text\":\"a\",\"anchors\":{\"11\":\"too high\"}}]", "items[0].anchors.11: anchor keys must be scale points 0-10")]
    [InlineData("subscales", "{\"bond\":[1,4]}", "subscales.bond: item numbers must be whole numbers from 1 to 3")]
    [InlineData("subscales", "{\"bond\":[1,1]}", "subscales.bond: item 1 is listed twice")]
    [InlineData("id", "\"has space\"", "id: must be letters, digits")]
    public void InvalidField_ThrowsNamingFileAndField(string field, string value, string expected)
    {
        var error = LoadBrokenAs("clinic.json", j => j[field] = JsonNode.Parse(value));

        Assert.StartsWith($"clinic.json: {expected}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJson_ThrowsNamingTheFile()
    {
        using var directory = new TempDirectory();
        directory.Write("broken.json", "{ \"id\": ");

        var error = Assert.Throws<InstrumentDefinitionException>(() => InstrumentCatalogue.LoadFromDirectory(directory.Path));

        Assert.StartsWith("broken.json: (json): malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameIdInTwoFiles_ThrowsNamingBothFiles()
    {
        using var directory = new TempDirectory();
        directory.Write("a.json", AllianceTestData.ValidDefinitionJson("form").ToJsonString());
        directory.Write("b.json", AllianceTestData.ValidDefinitionJson("form").ToJsonString());

        var error = Assert.Throws<InstrumentDefinitionException>(() => InstrumentCatalogue.LoadFromDirectory(directory.Path));

        Assert.Equal("b.json: id: 'form' is already defined in a.json", error.Message);
    }

    [Fact]
    public void CounterpartNotLoaded_ThrowsNamingCounterpartField() =>
        Assert.Equal("clinic.json: counterpart: no instrument with id 'missing-form' is loaded",
            LoadBrokenAs("clinic.json", j => j["counterpart"] = "missing-form").Message);

    [Fact]
    public void CounterpartWithDifferentItemCount_Throws()
    {
        using var directory = new TempDirectory();
        var patient = AllianceTestData.ValidDefinitionJson("form-patient");
        patient["counterpart"] = "form-clinician";
        var clinician = AllianceTestData.ValidDefinitionJson("form-clinician");
        clinician["rater"] = "clinician";
        clinician["items"]!.AsArray().RemoveAt(2);
        directory.Write("patient.json", patient.ToJsonString());
        directory.Write("clinician.json", clinician.ToJsonString());

        var error = Assert.Throws<InstrumentDefinitionException>(() => InstrumentCatalogue.LoadFromDirectory(directory.Path));

        Assert.StartsWith("patient.json: counterpart: 'form-clinician' must share", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDirectory_Throws() =>
        Assert.Throws<InstrumentDefinitionException>(() => InstrumentCatalogue.LoadFromDirectory(Path.Combine(Path.GetTempPath(), "paincare-no-such-directory")));

    private static InstrumentDefinitionException LoadBrokenAs(string fileName, Action<JsonObject> breakIt) => LoadBroken(breakIt, fileName);

    [Fact]
    public void ReliabilityWithoutNormativeSd_NamesTheMissingField()
    {
        var error = LoadBroken(json => json["reliability"] = 0.8);

        Assert.Equal("normativeSd", error.Field);
    }

    [Fact]
    public void ReliabilityOutsideZeroToOne_IsRefused()
    {
        var error = LoadBroken(json =>
        {
            json["reliability"] = 1.2;
            json["normativeSd"] = 3;
        });

        Assert.Equal("reliability", error.Field);
    }

    [Fact]
    public void MinimumChangeOfZero_IsRefused() =>
        Assert.Equal("minimumChange", LoadBroken(json => json["minimumChange"] = 0).Field);
}
