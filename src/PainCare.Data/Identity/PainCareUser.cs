using Microsoft.AspNetCore.Identity;

namespace PainCare.Data.Identity;

/// <summary>A person who signs in: a clinician, supervisor or administrator. Never a patient.</summary>
public sealed class PainCareUser : IdentityUser
{
    /// <summary>How the user is addressed in the app, e.g. "Sam Okafor (physiotherapist)".</summary>
    public string DisplayName { get; set; } = string.Empty;

    public bool IsDisabled { get; set; }
}
