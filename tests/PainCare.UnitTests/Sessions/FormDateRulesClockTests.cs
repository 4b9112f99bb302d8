using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PainCare.Web.Features.Patients;
using PainCare.Web.Features.Sessions;
using PainCare.Web.Features.Shared;

namespace PainCare.UnitTests.Sessions;

/// <summary>The forms' date rules ask the app's clock (ClinicClock over the injected TimeProvider), never the machine's.</summary>
public sealed class FormDateRulesClockTests
{
    /// <summary>A clinic in 2031: far enough from the machine's date that a rule reading the machine clock would answer differently.</summary>
    private static readonly DateTimeOffset _clinicNow = new(2031, 6, 15, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ASessionDate_IsCheckedAgainstTheInjectedToday()
    {
        var services = Services();

        Assert.Empty(Errors(Session(new DateOnly(2031, 6, 15)), services));
        Assert.Contains(Errors(Session(new DateOnly(2031, 6, 16)), services), e => e.MemberNames.Contains(nameof(SessionInput.Date)));
    }

    [Fact]
    public void ASessionDate_IsCheckedAgainstTheClinicsDay_NotUtcs()
    {
        // 03:00 UTC on 15 June is 13:00 on 15 June in Sydney and 23:00 on 14 June in New York.
        Assert.Contains(Errors(Session(new DateOnly(2031, 6, 15)), Services("America/New_York")), e => e.MemberNames.Contains(nameof(SessionInput.Date)));
        Assert.Empty(Errors(Session(new DateOnly(2031, 6, 15)), Services("Australia/Sydney")));
    }

    [Fact]
    public void ADateOfBirth_IsCheckedAgainstTheInjectedToday()
    {
        var services = Services();

        Assert.Empty(Errors(Patient(new DateOnly(2031, 6, 1)), services));
        Assert.Contains(Errors(Patient(new DateOnly(2031, 7, 1)), services), e => e.MemberNames.Contains(nameof(PatientInput.DateOfBirth)));
        Assert.Contains(Errors(Patient(new DateOnly(1901, 1, 1)), services), e => e.MemberNames.Contains(nameof(PatientInput.DateOfBirth)));
    }

    [Fact]
    public void WithoutTheClinicClock_TheInjectedTimeProviderStillDecides()
    {
        var services = new ServiceCollection().AddSingleton<TimeProvider>(new FixedClock(_clinicNow)).BuildServiceProvider();

        Assert.Contains(Errors(Patient(new DateOnly(2031, 7, 1)), services), e => e.MemberNames.Contains(nameof(PatientInput.DateOfBirth)));
    }

    private static ServiceProvider Services(string zone = "UTC")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["PainCare:ClinicTimeZone"] = zone }).Build();
        return new ServiceCollection().AddSingleton(new ClinicClock(configuration, new FixedClock(_clinicNow))).BuildServiceProvider();
    }

    private static SessionInput Session(DateOnly date) => new() { Date = date, StartTime = new TimeOnly(9, 0) };

    private static PatientInput Patient(DateOnly dateOfBirth) => new() { GivenName = "Test", FamilyName = "Person", DateOfBirth = dateOfBirth };

    private static List<ValidationResult> Errors(object input, IServiceProvider services)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input, services, items: null), results, validateAllProperties: true);
        return results;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
