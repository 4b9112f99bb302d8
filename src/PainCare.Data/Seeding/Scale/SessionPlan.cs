namespace PainCare.Data.Seeding.Scale;

/// <summary>Decides how many sessions each patient has and whose caseload each patient is on.</summary>
internal static class SessionPlan
{
    /// <summary>Session counts within the per-patient bounds that add up to exactly the shape's total.</summary>
    public static int[] SessionCounts(Random random, ScaleShape shape)
    {
        var counts = new int[shape.Patients];
        var total = 0L;
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = random.Next(ScaleShape.MinSessionsPerPatient, ScaleShape.MaxSessionsPerPatient + 1);
            total += counts[i];
        }

        // Nudge random patients up or down one session at a time: the total is exact and the spread stays wide.
        var difference = shape.Sessions - total;
        while (difference != 0)
        {
            var i = random.Next(counts.Length);
            if (difference > 0 && counts[i] < ScaleShape.MaxSessionsPerPatient)
            {
                counts[i]++;
                difference--;
            }
            else if (difference < 0 && counts[i] > ScaleShape.MinSessionsPerPatient)
            {
                counts[i]--;
                difference++;
            }
        }

        return counts;
    }

    /// <summary>
    /// The clinician (by index) of each patient: the first clinician takes patients in turn until the focus caseload is
    /// reached, the others are dealt round-robin so caseloads stay even.
    /// </summary>
    public static int[] Clinicians(ScaleShape shape, int[] sessionCounts)
    {
        var owners = new int[sessionCounts.Length];
        var focusSessions = 0;
        var next = 0;
        var others = shape.FocusClinicianSessions > 0 ? shape.Clinicians - 1 : shape.Clinicians;
        var offset = shape.FocusClinicianSessions > 0 ? 1 : 0;
        for (var i = 0; i < owners.Length; i++)
        {
            if (focusSessions < shape.FocusClinicianSessions)
            {
                owners[i] = 0;
                focusSessions += sessionCounts[i];
            }
            else
            {
                owners[i] = offset + (next++ % others);
            }
        }

        return owners;
    }
}
