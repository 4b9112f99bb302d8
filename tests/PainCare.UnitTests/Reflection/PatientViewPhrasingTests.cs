using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>A patient's request, preference or correction recorded in short-hand still counts as their view.</summary>
public sealed class PatientViewPhrasingTests
{
    [Theory]
    [InlineData("Pt requested a heat pack instead of ice; programme updated with step-ups.")]
    [InlineData("I proposed hydrotherapy but he'd rather keep to land-based exercise for now.")]
    [InlineData("I offered a summary of how stress feeds the pain; she corrected me on the order of events.")]
    public void RequestsPreferencesAndCorrections_CountAsThePatientsView(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Fact]
    public void TheClinicianRequestingTests_IsNotThePatientsView()
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories("Requested an X-ray of the ankle and started naproxen 500 mg bd."));
    }
}
