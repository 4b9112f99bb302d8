using System.Reflection;
using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Web.Features.Audit;

namespace PainCare.IntegrationTests.Audit;

/// <summary>
/// Issue 16: every public method of a feature service that reads or changes a patient's record leaves exactly one audit
/// row, with opaque ids only; and every action the admin page offers as a filter is recorded somewhere (ADR 0270).
/// </summary>
public sealed class AuditCompletenessTests
{
    /// <summary>Actions recorded outside the feature services, and the test that sees each one recorded.</summary>
    private static readonly IReadOnlyDictionary<string, string> _recordedOutsideServices = new Dictionary<string, string>
    {
        [AuditActions.SignInSucceeded] = "SignIn.razor; AuditTrailTests.FailedSignIns_AreAudited_WithoutTheTypedAddress",
        [AuditActions.SignInFailed] = "SignIn.razor and TwoFactor.razor; AuditTrailTests.FailedSignIns_AreAudited_WithoutTheTypedAddress",
        [AuditActions.AccessDenied] = "NotFoundForForbiddenHandler; AuditTrailTests.ASupervisorOpeningAPatientPage_Gets404_AndTheDenialIsAudited",
        [AuditActions.AuditExport] = "AuditExportEndpoint; AuditTrailTests.TheAdminAuditPage_ListsAndExportsTheTrail_AndTheExportIsItselfAudited",
        [AuditActions.PasswordChanged] = "ChangePassword.razor, an account page that sets cookies like sign-in; UserAccountAdminTests.AddedUser_SignsInWithTheOneTimePassword_AndReachesNothingButChangePassword_UntilTheyChooseTheirOwn",
    };

    [Fact]
    public void EveryPublicFeatureServiceMethod_IsProbedOrAllowedWithAReason()
    {
        var probed = AuditProbes.All.Select(p => p.Key).ToHashSet();
        var methods = FeatureServices()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && m.Name != nameof(IDisposable.Dispose))
            .Select(Key)
            .ToList();

        var undecided = methods.Where(m => !probed.Contains(m) && !AuditProbes.NoPatientData.ContainsKey(m)).ToList();
        var stale = probed.Concat(AuditProbes.NoPatientData.Keys).Where(m => !methods.Contains(m)).ToList();

        Assert.True(undecided.Count == 0, "Public feature-service methods with no audit probe — add each to Audit/AuditProbes.cs (or to NoPatientData with a reason):\n  " + string.Join("\n  ", undecided));
        Assert.True(stale.Count == 0, "Probes or allowances for methods that no longer exist:\n  " + string.Join("\n  ", stale));
        Assert.Equal(AuditProbes.All.Count, AuditProbes.All.Select(p => p.Method).Distinct().Count());
    }

    [Fact]
    public async Task EveryProbedMethod_RecordsExactlyOneRow_HoldingNoNameOrText()
    {
        await using var clinic = await AuditClinic.CreateAsync();
        var rows = await ProbeAsync(clinic);

        var silent = rows.Where(r => r.Entries.Count != r.Probe.Rows).Select(r => $"{r.Probe.Method}: {r.Entries.Count} rows, not {r.Probe.Rows}").ToList();
        Assert.True(silent.Count == 0, "Each call must leave exactly its audit rows:\n  " + string.Join("\n  ", silent));
        var words = await PatientWordsAsync(clinic);
        var leaks = rows.SelectMany(r => r.Entries.Select(e => (r.Probe.Method, Text: $"{e.Action}|{e.Outcome}|{e.UserId}|{e.EntityType}|{e.EntityId}")))
            .Where(e => words.Any(w => e.Text.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        Assert.Empty(leaks);
        Assert.All(rows.SelectMany(r => r.Entries), e => Assert.Contains(e.Action, AuditActions.All));
    }

    [Fact]
    public async Task EveryAuditAction_IsRecordedByAServiceOrByANamedPlaceOutsideThem()
    {
        await using var clinic = await AuditClinic.CreateAsync();
        var recorded = (await ProbeAsync(clinic)).SelectMany(r => r.Entries).Select(e => e.Action).ToHashSet();

        var never = AuditActions.All.Where(a => !recorded.Contains(a) && !_recordedOutsideServices.ContainsKey(a)).ToList();
        Assert.True(never.Count == 0, "Audit actions no service records: " + string.Join(", ", never));
        Assert.DoesNotContain(_recordedOutsideServices.Keys, recorded.Contains);
    }

    [Fact]
    public async Task ASearchRow_NamesHowManyHitsItShowed_NeverTheTerms()
    {
        await using var clinic = await AuditClinic.CreateAsync();
        var search = clinic.Audited<PainCare.Web.Features.Search.NarrativeSearchService>();

        var results = await search.SearchAsync(clinic.Sam, "walking");

        var row = Assert.Single(clinic.Trail.Entries);
        Assert.Equal((AuditActions.NarrativeSearch, AuditEntities.SearchResults, results.Hits.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), (row.Action, row.EntityType, row.EntityId));
        Assert.DoesNotContain("walking", $"{row.EntityType}|{row.EntityId}|{row.Outcome}", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<List<(Probe Probe, List<AuditEntry> Entries)>> ProbeAsync(AuditClinic clinic)
    {
        var rows = new List<(Probe, List<AuditEntry>)>();
        foreach (var probe in AuditProbes.All)
        {
            clinic.Trail.Entries.Clear();
            await probe.Call(clinic);
            rows.Add((probe, [.. clinic.Trail.Entries]));
        }

        return rows;
    }

    /// <summary>Every name of the clinician's patients, so no row can be found to hold one.</summary>
    private static async Task<List<string>> PatientWordsAsync(AuditClinic clinic)
    {
        await using var db = clinic.Clinic.Database.CreateContext();
        var names = await db.Patients.Where(p => p.ClinicianId == clinic.Sam)
            .Select(p => new { p.Identity.GivenName, p.Identity.FamilyName }).ToListAsync();
        return [.. names.SelectMany(n => new[] { n.GivenName, n.FamilyName }), "walked", "Wren", "Bunnings"];
    }

    private static IEnumerable<Type> FeatureServices() =>
        typeof(IAuditTrail).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.Namespace?.StartsWith("PainCare.Web.Features.", StringComparison.Ordinal) == true)
            .Where(t => t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(IDbContextFactory<PainCareDbContext>))))
            .Where(t => !AuditProbes.NoPatientDataClasses.ContainsKey(t.Name));

    private static string Key(MethodInfo method) => $"{method.DeclaringType!.Name}.{method.Name}/{method.GetParameters().Length}";
}
