namespace PainCare.Reflection.Model;

/// <summary>Alliance flags the app maps onto the reflection module (see the taxonomy's structured triggers).</summary>
public enum AllianceSignal
{
    /// <summary>Patient-rated alliance score below the instrument's cut-off.</summary>
    BelowCutOff,

    /// <summary>Drop from the previous session larger than the instrument's reliable-change figure.</summary>
    ReliableDrop,

    /// <summary>Patient's and clinician's ratings of the same session differ markedly.</summary>
    RaterGap,

    /// <summary>An appointment was missed after a low score.</summary>
    MissedAfterLowScore,
}
