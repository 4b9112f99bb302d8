using System.Net;
using Microsoft.EntityFrameworkCore;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Security;

public sealed class FuzzTests
{
    // 2,000 posts (400 per handler) keep the suite inside its 15 minutes on a 2-core machine; the 5,000 of issue 7 took
    // 9 minutes there. PAINCARE_FUZZ_INPUTS=5000 runs the full count.
    private static readonly int _inputs =
        int.TryParse(Environment.GetEnvironmentVariable("PAINCARE_FUZZ_INPUTS"), out var inputs) && inputs > 0 ? inputs : 2_000;

    [Fact]
    public async Task MalformedFormPosts_NeverFail_NeverHalfSave_AndLeaveNoUnhandledError()
    {
        await using var server = await AppServer.StartAsync();
        Guid patientId, sessionId;
        await using (var db = server.Database.CreateContext())
        {
            patientId = await db.Patients.Where(p => p.Identity.GivenName == "Leonie").Select(p => p.Id).SingleAsync();
            sessionId = await db.Sessions.Where(s => s.PatientId == patientId).OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync();
            await db.AllianceRatings.Where(r => r.SessionId == sessionId && r.Rater == Domain.Ratings.RaterRole.Clinician).ExecuteDeleteAsync();
        }

        using var clinician = new FormClient(server.BaseAddress);
        await clinician.SignInAsync("sam.okafor@paincare.test", AppServer.DemoPassword);
        using var anonymous = new FormClient(server.BaseAddress);
        var targets = new (FormClient Client, string Path, string[] Fields)[]
        {
            (anonymous, "account/sign-in", ["Input.Email", "Input.Password"]),
            (clinician, "patients/new", ["Input.GivenName", "Input.FamilyName", "Input.DateOfBirth", "Input.HealthcareNumber", "Input.Phone", "Input.Email", "Input.Address", "Input.Relatives", "Input.WhatMattersToMe"]),
            (clinician, $"patients/{patientId}/edit", ["Input.GivenName", "Input.FamilyName", "Input.DateOfBirth", "Input.Version", "Input.Email", "Input.WhatMattersToMe"]),
            (clinician, $"patients/{patientId}/sessions/new", ["Input.Date", "Input.StartTime", "Input.DurationMinutes", "Input.Attendance", "Input.PainBefore", "Input.PainAfter", "Input.Narrative"]),
            (clinician, $"sessions/{sessionId}/clinician-rating", ["Form.Answers[0]", "Form.Answers[1]", "Form.Answers[11]", "Form.Answers[-1]", "Form.Answers[999]"]),
        };
        var forms = new List<(FormClient Client, string Action, Dictionary<string, string> Hidden, string[] Fields)>();
        foreach (var (client, path, fields) in targets)
        {
            var (action, hidden) = await client.ReadFormAsync(path);
            forms.Add((client, action, hidden, fields));
        }

        var random = new Random(20261121);
        var statuses = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < _inputs; i++)
        {
            var form = forms[i % forms.Count];
            var fields = new List<KeyValuePair<string, string>>(form.Hidden);
            fields.AddRange(form.Fields.Where(_ => random.Next(4) > 0).Select(f => new KeyValuePair<string, string>(f, HostileInput.Value(random))));
            using var response = await form.Client.PostAsync(form.Action, fields);
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            Assert.True((int)response.StatusCode < 500, $"Input {i} to {form.Action} answered {(int)response.StatusCode}.");
        }

        await server.KillAsync();
        var logs = server.ReadLogs();
        var errors = logs.Split('\n').Where(l => l.Contains("[ERR]", StringComparison.Ordinal) || l.Contains("[FTL]", StringComparison.Ordinal)).Take(5).ToList();
        Assert.True(errors.Count == 0, "Errors in the log:\n" + string.Join("\n", errors));
        await using var check = server.Database.CreateContext();
        Assert.Equal(0, await check.Patients.CountAsync(p => !check.PatientIdentities.Any(i => i.PatientId == p.Id)));
        Assert.Equal(0, await check.Sessions.CountAsync(s => s.Attendance == Domain.Sessions.Attendance.Attended && s.Note == null && s.Ratings.Any()));
        Assert.True(statuses.Keys.Count >= 1);
    }
}
