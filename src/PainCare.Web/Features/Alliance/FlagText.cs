using PainCare.Domain.Alliance;

namespace PainCare.Web.Features.Alliance;

public static class FlagText
{
    public static string Label(string rule) => rule switch
    {
        AllianceRules.BelowCutOff => "Below cut-off",
        AllianceRules.ReliableDrop => "Reliable drop",
        AllianceRules.SustainedDecline => "Sustained decline",
        AllianceRules.RaterGap => "Patient and clinician ratings differ",
        AllianceRules.MissedAfterLow => "Missed after a low or falling score",
        AllianceRules.Ceiling => "At the ceiling: ask differently",
        _ => rule,
    };
}
