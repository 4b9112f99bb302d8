namespace PainCare.Domain.Narratives;

/// <summary>
/// The structured observations a clinician can add while writing, after the Conversational Model's attention to
/// "minute particulars", protective responses and moments of meeting (shared/seeds/000).
/// </summary>
public enum ObservationKind
{
    MinuteParticular = 0,
    SafetyCue = 1,
    OwnWords = 2,
    Connection = 3,
    Strain = 4,
}
