using PainCare.Domain.Alliance;

namespace PainCare.Web.Features.Instruments;

/// <summary>Plain words for a refused import or change.</summary>
public static class RatingFormText
{
    public static string Refusal(FormChange change) => change.Refusal switch
    {
        InstrumentRefusal.PlaceholderWording => "Its wording is still a placeholder, so it can never be shown to a patient. Import the file with the licensed wording.",
        InstrumentRefusal.Unchanged => "Nothing changed: it is already in that state.",
        InstrumentRefusal.Inconsistent => $"The clinic's forms would not fit together ({change.Reason}). Enable or import its counterpart first.",
        InstrumentRefusal.NotAPatientForm => "Only a form the patient answers can be the form patients rate with.",
        InstrumentRefusal.Invalid => $"The file was not accepted: {change.Reason}.",
        InstrumentRefusal.Conflict => "Someone else changed this at the same time. The page shows the latest state; try again if you still need to.",
        _ => "That form is not in the clinic's catalogue. Enable it first.",
    };
}
