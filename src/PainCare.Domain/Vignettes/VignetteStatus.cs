namespace PainCare.Domain.Vignettes;

public enum VignetteStatus
{
    Draft = 0,
    Submitted = 1,
    InDiscussion = 2,
    Closed = 3,
}
