using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Strain told as doubting the worth of the treatment, coming only for someone else's sake, calls nobody returned or a
/// challenge to the clinician's account; a meeting told as ease compared with earlier visits or as being explained to at
/// last; harm from a fight, a vehicle leaving the road, a fall pushed by someone, police restraint or a job full of death.
/// </summary>
public sealed class DoubtOfValueUnansweredCallsAndCauseOfHarmTests
{
    [Theory]
    [InlineData("S: pain unchanged, questioning the value of further sessions. O: lumbar flexion 50%.")]
    [InlineData("He is only attending to keep his wife happy, he says, and expects nothing from it.")]
    [InlineData("She said the spinal clinic never called her back and she has given up on them.")]
    [InlineData("He was angry that nobody had rung him about the MRI result.")]
    [InlineData("She didn't seem to buy my account of why the nerve test was normal.")]
    [InlineData("He disputed my findings and said something had been missed from the start.")]
    [InlineData("Partway through he asked if I was even listening to him.")]
    [InlineData("She got irritable when I raised pacing again.")]
    public void DoubtWithdrawalAndComplaintInPlainWords_FireRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She keeps the peace at home between her two teenage sons.")]
    [InlineData("Her son was upset that nobody had rung him when she was admitted.")]
    [InlineData("He is keen to leave on time to collect his granddaughter from nursery.")]
    [InlineData("Spinal unit review. He was shot during a land dispute years ago; shoulder pain from transfers.")]
    public void LookAlikesOfStrain_DoNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He seemed more relaxed than last time and chatted about his pigeons.")]
    [InlineData("She said she did not feel rushed for once, and we finished the assessment at her pace.")]
    [InlineData("He welled up and said nobody had ever explained his scan to him before.")]
    public void EaseAndBeingExplainedTo_FireConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Upper trapezius tone more relaxed than last week after soft tissue release.")]
    [InlineData("Paraspinal muscles visibly more relaxed after ten minutes of heat.")]
    public void MusclesThatRelax_DoNotFireConnection(string text)
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("HPC: facial pain ever since he was punched in a fight outside a nightclub.")]
    [InlineData("She was hurt when a van mounted the kerb at the bus stop.")]
    [InlineData("As a boy he was pushed down the stairs by an uncle.")]
    [InlineData("Shoulder injury sustained while restrained by police during an arrest.")]
    [InlineData("He worked as a paramedic for two decades and has seen a lot of death.")]
    [InlineData("She was the first on scene at a fatal crash on the bypass last spring.")]
    public void FightsVehiclesPushesRestraintAndExposureToDeath_FireTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He boxes at a local gym and had a bout on Saturday, which he won.")]
    [InlineData("Knee pain horrific on the stairs this week, she says.")]
    [InlineData("Fatal familial insomnia was ruled out by neurology years ago.")]
    public void LookAlikesOfHarm_DoNotFireTraumaInformed(string text)
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(text));
    }
}
