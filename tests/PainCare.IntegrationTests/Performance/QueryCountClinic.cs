using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PainCare.Domain.Narratives;
using PainCare.Domain.Sessions;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Performance;

/// <summary>Who sends a request: a signed-in role, a clinician whose device is handed over to a patient, or a patient at home.</summary>
public enum Visitor
{
    Clinician,
    HandedOver,
    Supervisor,
    Admin,
    Patient,
}

/// <summary>
/// The demo clinic served by one app process, with a client signed in for each role and the records every page needs:
/// draft and signed sessions, an unrated session handed over on one device, a rating link, a draft and a discussed vignette.
/// </summary>
public sealed partial class QueryCountClinic : IAsyncLifetime
{
    public const string Sam = "sam.okafor@paincare.test";
    public const string Priya = "priya.nair@paincare.test";
    public const string Tom = "tom.ferris@paincare.test";
    public const string Helen = "helen.mayo@paincare.test";
    public const string Admin = "admin@paincare.test";

    /// <summary>
    /// The security-stamp check that Identity runs at most once a minute per signed-in user adds its own queries to
    /// whichever request falls due; pushed out of these tests' way so each page's count is its own.
    /// Audit coalescing is off, so a count does not depend on which page was measured before it (ADR 0270): each page pays
    /// for every audit row its services write; with the clinic's one-minute window a repeat visit writes fewer.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["PainCare__RevalidationSeconds"] = "3600",
        ["PainCare__AuditCoalesceSeconds"] = "0",
    };

    private readonly Dictionary<Visitor, FormClient> _clients = [];

    public AppServer Server { get; private set; } = null!;

    public Guid Patient { get; private set; }

    public Guid DraftSession { get; private set; }

    public Guid SignedSession { get; private set; }

    public Guid UnratedSession { get; private set; }

    public Guid DraftVignette { get; private set; }

    public Guid DiscussedVignette { get; private set; }

    public string RatingToken { get; private set; } = string.Empty;

    public FormClient Client(Visitor visitor) => _clients[visitor];

    public async Task InitializeAsync()
    {
        Server = await AppServer.StartAsync(Settings);
        var sam = await ClinicRows.UserIdAsync(Server.Database, Sam);
        await using (var db = Server.Database.CreateContext())
        {
            Patient = await db.Patients.Where(p => p.ClinicianId == sam && p.Sessions.Any(s => s.Note != null && s.Note.Status == NoteStatus.Draft))
                .OrderByDescending(p => p.Sessions.Count).Select(p => p.Id).FirstAsync();
            DraftSession = await SessionAsync(db, NoteStatus.Draft);
            SignedSession = await SessionAsync(db, NoteStatus.Signed);
            UnratedSession = await db.Sessions.Where(s => s.Patient.ClinicianId == sam && s.PatientId != Patient && s.Attendance == Attendance.Attended)
                .OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync();
            await db.AllianceRatings.Where(r => r.SessionId == UnratedSession).ExecuteDeleteAsync();
        }

        DraftVignette = await ClinicRows.AddVignetteAsync(Server.Database, sam, Patient, supervisorId: null, comments: 0);
        DiscussedVignette = await ClinicRows.AddVignetteAsync(Server.Database, sam, Patient, await ClinicRows.UserIdAsync(Server.Database, Helen), comments: 3);

        _clients[Visitor.Clinician] = await SignInAsync(Sam);
        _clients[Visitor.HandedOver] = await SignInAsync(Sam);
        _clients[Visitor.Supervisor] = await SignInAsync(Helen);
        _clients[Visitor.Admin] = await SignInAsync(Admin);
        _clients[Visitor.Patient] = new FormClient(Server.BaseAddress);

        using var handedOver = await Client(Visitor.HandedOver).SubmitAsync($"sessions/{UnratedSession}/handover", new Dictionary<string, string>());
        Assert.EndsWith("handover/rate", handedOver.Headers.Location?.ToString(), StringComparison.Ordinal);
        using var link = await Client(Visitor.Clinician).SubmitAsync($"sessions/{UnratedSession}/rating-link", new Dictionary<string, string>());
        RatingToken = RatingLink().Match(await link.Content.ReadAsStringAsync()).Groups["token"].Value;
        Assert.NotEmpty(RatingToken);

        async Task<Guid> SessionAsync(Data.PainCareDbContext db, NoteStatus status) =>
            await db.Sessions.Where(s => s.PatientId == Patient && s.Note != null && s.Note.Status == status).OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync();
    }

    public async Task<FormClient> SignInAsync(string email)
    {
        var client = new FormClient(Server.BaseAddress);
        using var signedIn = await client.SignInAsync(email, AppServer.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    [GeneratedRegex("value=\"http[^\"]+/rate/(?<token>[^\"]+)\"")]
    private static partial Regex RatingLink();
}
