using Microsoft.EntityFrameworkCore;
using PainCare.IntegrationTests.Narratives;
using PainCare.Web.Features.Patients;

namespace PainCare.IntegrationTests.Patients;

public sealed class PatientServiceTests
{
    [Fact]
    public async Task NewPatient_KeepsIdentifiersApartFromClinicalContent()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var service = new PatientService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);

        var id = await service.CreateAsync(clinic.Sam, new PatientInput
        {
            GivenName = " Wren ",
            FamilyName = "Ashdown",
            DateOfBirth = new DateOnly(1980, 2, 29),
            HealthcareNumber = "999 204 8174",
            Relatives = "Ivo Ashdown (son)\n\n  Pearl (sister)  ",
            WhatMattersToMe = "Dancing at my son's wedding.",
        });

        await using var db = clinic.Database.CreateContext();
        var identity = await db.PatientIdentities.AsNoTracking().SingleAsync(i => i.PatientId == id);
        Assert.Equal("Wren", identity.GivenName);
        Assert.Equal(["Ivo Ashdown (son)", "Pearl (sister)"], identity.RelativesNames);
        Assert.Contains("999 204 8174", identity.KnownIdentifiers());
        Assert.Equal("Dancing at my son's wedding.", (await db.Patients.AsNoTracking().SingleAsync(p => p.Id == id)).WhatMattersToMe);
    }

    [Fact]
    public async Task TwoEditsFromTheSameForm_TheSecondIsRefusedAndNothingOfItIsSaved()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var service = new PatientService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        await using var db = clinic.Database.CreateContext();
        var patientId = await db.Patients.Where(p => p.ClinicianId == clinic.Sam).Select(p => p.Id).FirstAsync();
        var first = (await service.GetForEditAsync(clinic.Sam, patientId))!;
        var second = (await service.GetForEditAsync(clinic.Sam, patientId))!;

        first.Phone = "07700 900111";
        second.FamilyName = "Overwritten";
        second.Phone = "07700 900222";
        var firstSaved = await service.UpdateAsync(clinic.Sam, patientId, first);
        var secondSaved = await service.UpdateAsync(clinic.Sam, patientId, second);

        Assert.True(firstSaved);
        Assert.False(secondSaved);
        var stored = (await service.GetForEditAsync(clinic.Sam, patientId))!;
        Assert.Equal("07700 900111", stored.Phone);
        Assert.NotEqual("Overwritten", stored.FamilyName);
    }

    [Fact]
    public async Task AnotherCliniciansPatient_CannotBeReadOrEdited()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var service = new PatientService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        await using var db = clinic.Database.CreateContext();
        var priyasPatient = await db.Patients.Where(p => p.ClinicianId == clinic.Priya).Select(p => p.Id).FirstAsync();
        var form = (await service.GetForEditAsync(clinic.Priya, priyasPatient))!;

        Assert.Null(await service.GetAsync(clinic.Sam, priyasPatient));
        Assert.Null(await service.GetForEditAsync(clinic.Sam, priyasPatient));
        Assert.False(await service.UpdateAsync(clinic.Sam, priyasPatient, form));
    }
}
