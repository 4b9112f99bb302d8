using PainCare.Testing;
using PainCare.Web.Features.Search;
using PainCare.Web.Hosting;

namespace PainCare.IntegrationTests.Performance;

/// <summary>
/// No query per row: each page is requested, rows are added to what it lists, and it is requested again; the longer page
/// must send exactly as many commands as its budget, like the short one. Every test grows records of its own.
/// </summary>
public sealed partial class QueryCountGrowthTests(QueryCountClinic clinic) : IClassFixture<QueryCountClinic>
{
    private TestDatabase Database => clinic.Server.Database;

    [Fact]
    public async Task CaseloadAndPatientList_QueryCountDoesNotGrowWithPatients()
    {
        using var tom = await clinic.SignInAsync(QueryCountClinic.Tom);
        var tomId = await ClinicRows.UserIdAsync(Database, QueryCountClinic.Tom);
        var caseload = await GetAsync(tom, "/caseload", "/caseload");
        var list = await GetAsync(tom, "/patients", "/patients");

        for (var i = 0; i < 12; i++)
        {
            await ClinicRows.AddPatientAsync(Database, tomId, sessions: 10);
        }

        AssertSameQueries("/caseload", "9 patients", caseload, await GetAsync(tom, "/caseload", "/caseload"), "<tr");
        AssertSameQueries("/patients", "9 patients", list, await GetAsync(tom, "/patients", "/patients"), "<tr");
    }

    [Fact]
    public async Task PatientPages_QueryCountDoesNotGrowWithSessions()
    {
        using var priya = await clinic.SignInAsync(QueryCountClinic.Priya);
        var patient = await ClinicRows.AddPatientAsync(Database, await ClinicRows.UserIdAsync(Database, QueryCountClinic.Priya), sessions: 1);
        (string Pattern, string Path, string Row)[] pages =
        [
            ("/patients/{PatientId:guid}", $"/patients/{patient}", "href=\"sessions/"),
            ("/patients/{PatientId:guid}/alliance", $"/patients/{patient}/alliance", "<tr"),
            (EndpointCatalogue.AllianceRatingsCsv, $"/patients/{patient}/alliance/ratings.csv", "\n"),
            (EndpointCatalogue.AllianceFhir, $"/patients/{patient}/alliance/fhir.json", "\"QuestionnaireResponse\""),
            ("/patients/{PatientId:guid}/vignette", $"/patients/{patient}/vignette", "we walked the corridor"),
        ];
        var small = new List<Measured>();
        foreach (var page in pages)
        {
            small.Add(await GetAsync(priya, page.Path, page.Pattern));
        }

        await ClinicRows.AddSessionsAsync(Database, patient, 40);

        for (var i = 0; i < pages.Length; i++)
        {
            AssertSameQueries(pages[i].Pattern, "20 sessions", small[i], await GetAsync(priya, pages[i].Path, pages[i].Pattern), pages[i].Row);
        }
    }

    [Fact]
    public async Task SessionPages_QueryCountDoesNotGrowWithAddendaObservationsAndResponses()
    {
        using var priya = await clinic.SignInAsync(QueryCountClinic.Priya);
        var patient = await ClinicRows.AddPatientAsync(Database, await ClinicRows.UserIdAsync(Database, QueryCountClinic.Priya), sessions: 0);
        await ClinicRows.AddSessionsAsync(Database, patient, 2, draftLast: true);
        var sessions = await ClinicRows.SessionsAsync(Database, patient);
        var (draft, signed) = (sessions[0], sessions[1]);
        const string Session = "/sessions/{SessionId:guid}";
        const string Patient = "/patients/{PatientId:guid}";
        var draftPage = await GetAsync(priya, $"/sessions/{draft}", Session);
        var signedPage = await GetAsync(priya, $"/sessions/{signed}", Session);
        var patientPage = await GetAsync(priya, $"/patients/{patient}", Patient);

        await ClinicRows.AddNoteDetailsAsync(Database, draft, 15);
        await ClinicRows.AddNoteDetailsAsync(Database, signed, 15);

        AssertSameQueries(Session, "draft note", draftPage, await GetAsync(priya, $"/sessions/{draft}", Session), Observation());
        AssertSameQueries(Session, "signed note", signedPage, await GetAsync(priya, $"/sessions/{signed}", Session), Addendum());
        AssertSameQueries(Patient, "20 sessions", patientPage, await GetAsync(priya, $"/patients/{patient}", Patient), "answered");
    }

    [Fact]
    public async Task AllianceTrend_QueryCountDoesNotGrowWithObservationsAndPrompts()
    {
        using var priya = await clinic.SignInAsync(QueryCountClinic.Priya);
        var patient = await ClinicRows.AddPatientAsync(Database, await ClinicRows.UserIdAsync(Database, QueryCountClinic.Priya), sessions: 3);
        const string Trend = "/patients/{PatientId:guid}/alliance";
        await ClinicRows.AddTrendMarksAsync(Database, patient);
        var before = await GetAsync(priya, $"/patients/{patient}/alliance", Trend);

        await ClinicRows.AddSessionsAsync(Database, patient, 12);
        await ClinicRows.AddTrendMarksAsync(Database, patient);

        AssertSameQueries(Trend, "20 sessions", before, await GetAsync(priya, $"/patients/{patient}/alliance", Trend), TrendMarks());
    }

    [Fact]
    public async Task NoteHistory_QueryCountDoesNotGrowWithVersions()
    {
        using var priya = await clinic.SignInAsync(QueryCountClinic.Priya);
        var patient = await ClinicRows.AddPatientAsync(Database, await ClinicRows.UserIdAsync(Database, QueryCountClinic.Priya), sessions: 0);
        await ClinicRows.AddSessionsAsync(Database, patient, 1, draftLast: true);
        var session = (await ClinicRows.SessionsAsync(Database, patient))[0];
        const string History = "/sessions/{SessionId:guid}/history";
        var before = await GetAsync(priya, $"/sessions/{session}/history", History);

        await ClinicRows.AddVersionsAsync(Database, session, 20);

        AssertSameQueries(History, "draft note", before, await GetAsync(priya, $"/sessions/{session}/history", History), "<tr");
    }

    [Fact]
    public async Task VignettePages_QueryCountDoesNotGrowWithVignettesOrComments()
    {
        using var priya = await clinic.SignInAsync(QueryCountClinic.Priya);
        var author = await ClinicRows.UserIdAsync(Database, QueryCountClinic.Priya);
        var helen = await ClinicRows.UserIdAsync(Database, QueryCountClinic.Helen);
        var patient = await ClinicRows.AddPatientAsync(Database, author, sessions: 1);
        var first = await ClinicRows.AddVignetteAsync(Database, author, patient, helen, comments: 1);
        var supervisor = clinic.Client(Visitor.Supervisor);
        const string Thread = "/vignettes/{VignetteId:guid}";
        var authored = await GetAsync(priya, "/my-vignettes", "/my-vignettes");
        var assigned = await GetAsync(supervisor, "/vignettes", "/vignettes");
        var shortThread = await GetAsync(supervisor, $"/vignettes/{first}", Thread);

        var last = Guid.Empty;
        for (var i = 0; i < 10; i++)
        {
            last = await ClinicRows.AddVignetteAsync(Database, author, patient, helen, comments: 12);
        }

        AssertSameQueries("/my-vignettes", "2 vignettes", authored, await GetAsync(priya, "/my-vignettes", "/my-vignettes"), "<tr");
        AssertSameQueries("/vignettes", "1 vignette", assigned, await GetAsync(supervisor, "/vignettes", "/vignettes"), "<tr");
        AssertSameQueries(Thread, "3 comments", shortThread, await GetAsync(supervisor, $"/vignettes/{last}", Thread), Comment());
    }

    [Fact]
    public async Task AuditPageAndExport_QueryCountDoesNotGrowWithEvents()
    {
        var admin = clinic.Client(Visitor.Admin);
        var filter = $"?action={ClinicRows.GrowthAction}";
        var page = await GetAsync(admin, "/admin/audit" + filter, "/admin/audit");
        var export = await GetAsync(admin, EndpointCatalogue.AuditExport + filter, EndpointCatalogue.AuditExport);

        await ClinicRows.AddAuditEventsAsync(Database, await ClinicRows.UserIdAsync(Database, QueryCountClinic.Tom), 300);

        AssertSameQueries("/admin/audit", "first page", page, await GetAsync(admin, "/admin/audit" + filter, "/admin/audit"), "<tr");
        AssertSameQueries(EndpointCatalogue.AuditExport, "every event", export, await GetAsync(admin, EndpointCatalogue.AuditExport + filter, EndpointCatalogue.AuditExport), "\n");
    }

    [Fact]
    public async Task UsersPage_QueryCountDoesNotGrowWithUsers()
    {
        var admin = clinic.Client(Visitor.Admin);
        var before = await GetAsync(admin, "/admin/users", "/admin/users");

        await ClinicRows.AddCliniciansAsync(Database, 20);

        AssertSameQueries("/admin/users", "5 users", before, await GetAsync(admin, "/admin/users", "/admin/users"), "<tr");
    }

    [Fact]
    public async Task ReflectionRuleStats_QueryCountDoesNotGrowWithRules()
    {
        var admin = clinic.Client(Visitor.Admin);
        var patient = await ClinicRows.AddPatientAsync(Database, await ClinicRows.UserIdAsync(Database, QueryCountClinic.Tom), sessions: 1);
        var session = (await ClinicRows.SessionsAsync(Database, patient))[0];
        var before = await GetAsync(admin, "/admin/reflection-rules", "/admin/reflection-rules");

        await ClinicRows.AddNoteDetailsAsync(Database, session, 12);

        AssertSameQueries("/admin/reflection-rules", "-", before, await GetAsync(admin, "/admin/reflection-rules", "/admin/reflection-rules"), "<tr");
    }

    /// <summary>The search runs inside the live circuit, never in a page request, so its count is taken in-process.</summary>
    [Fact]
    public async Task NarrativeSearch_SendsOneQuery_HoweverManyNarrativesMatch()
    {
        const string Word = "quokkaesque";
        var sam = await ClinicRows.UserIdAsync(Database, QueryCountClinic.Sam);
        var patient = await ClinicRows.AddPatientAsync(Database, sam, sessions: 0);
        await ClinicRows.AddSessionsAsync(Database, patient, 1, Word);
        var search = new NarrativeSearchService(new CountingContexts(Database), PainCare.Web.Features.Audit.NoAuditTrail.Instance);

        var oneCount = QueryCountInterceptor.StartRequest();
        var one = await search.SearchAsync(sam, Word);
        await ClinicRows.AddSessionsAsync(Database, patient, 30, Word);
        var manyCount = QueryCountInterceptor.StartRequest();
        var many = await search.SearchAsync(sam, Word);

        Assert.Single(one.Hits);
        Assert.Equal(NarrativeSearchService.PageSize, many.Hits.Count);
        Assert.Equal(1, oneCount.Count);
        Assert.Equal(1, manyCount.Count);
    }
}
