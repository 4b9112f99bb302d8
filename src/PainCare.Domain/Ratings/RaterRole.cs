namespace PainCare.Domain.Ratings;

public enum RaterRole
{
    Patient = 0,
    Clinician = 1,
}
