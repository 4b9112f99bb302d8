namespace PainCare.Data.Identity;

public static class Roles
{
    public const string Clinician = "Clinician";
    public const string Supervisor = "Supervisor";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Clinician, Supervisor, Admin];
}
