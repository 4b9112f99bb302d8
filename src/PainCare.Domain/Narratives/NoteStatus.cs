namespace PainCare.Domain.Narratives;

public enum NoteStatus
{
    Draft = 0,
    Signed = 1,
}
