namespace PainCare.Domain.Patients;

public enum PatientStatus
{
    Active = 0,
    Discharged = 1,
}
