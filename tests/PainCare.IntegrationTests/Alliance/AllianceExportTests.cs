using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Alliance;

public sealed class AllianceExportTests
{
    [Fact]
    public async Task Exports_AreCsvAndFhirR4_ForTheClinicansOwnPatientOnly()
    {
        await using var server = await AppServer.StartAsync();
        Guid samsPatient, priyasPatient;
        await using (var db = server.Database.CreateContext())
        {
            samsPatient = await db.Patients.Where(p => p.Identity.GivenName == "Leonie").Select(p => p.Id).SingleAsync();
            priyasPatient = await db.Patients.Where(p => db.Users.Any(u => u.Id == p.ClinicianId && u.Email == "priya.nair@paincare.test")).Select(p => p.Id).FirstAsync();
        }

        using var client = new FormClient(server.BaseAddress);
        await client.SignInAsync("sam.okafor@paincare.test", AppServer.DemoPassword);

        using var csv = await client.GetAsync($"patients/{samsPatient}/alliance/ratings.csv");
        var csvText = await csv.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal(5, csvText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("Leonie", csvText, StringComparison.Ordinal);

        using var fhir = await client.GetAsync($"patients/{samsPatient}/alliance/fhir.json");
        var bundle = JsonNode.Parse(await fhir.Content.ReadAsStringAsync())!;
        Assert.Equal("Bundle", (string?)bundle["resourceType"]);
        Assert.All(bundle["entry"]!.AsArray(), e => Assert.False(string.IsNullOrEmpty((string?)e!["fullUrl"])));
        var resources = bundle["entry"]!.AsArray().Select(e => e!["resource"]!).ToList();
        var questionnaires = resources.Where(r => (string?)r["resourceType"] == "Questionnaire").ToList();
        var responses = resources.Where(r => (string?)r["resourceType"] == "QuestionnaireResponse").ToList();
        Assert.Equal(2, questionnaires.Count);
        Assert.Equal(8, responses.Count);
        foreach (var response in responses)
        {
            Assert.Contains((string?)response["status"], new[] { "in-progress", "completed", "amended", "entered-in-error", "stopped" });
            // A canonical reference may carry the version after a bar: url|version.
            var questionnaire = questionnaires.Single(q => (string?)q["url"] == ((string?)response["questionnaire"])!.Split('|')[0]);
            var linkIds = questionnaire["item"]!.AsArray().Select(i => (string?)i!["linkId"]).ToHashSet();
            Assert.All(response["item"]!.AsArray(), item =>
            {
                Assert.Contains((string?)item!["linkId"], linkIds);
                Assert.Equal(System.Text.Json.JsonValueKind.Number, item["answer"]![0]!["valueInteger"]!.GetValueKind());
            });
            Assert.StartsWith("Patient/", (string?)response["subject"]!["reference"], StringComparison.Ordinal);
            Assert.StartsWith("Encounter/", (string?)response["encounter"]!["reference"], StringComparison.Ordinal);
        }

        using var foreign = await client.GetAsync($"patients/{priyasPatient}/alliance/ratings.csv");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        using var foreignFhir = await client.GetAsync($"patients/{priyasPatient}/alliance/fhir.json");
        Assert.Equal(HttpStatusCode.NotFound, foreignFhir.StatusCode);
    }
}
