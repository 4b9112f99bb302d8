using System.Text;

namespace PainCare.Data.Seeding.Scale;

/// <summary>
/// Session narratives of about 1 KB for the scaled clinic: the demo's composition (<see cref="DemoNarratives"/>)
/// followed by three or four sentences from further pools about sleep and mood, what was done, the home programme
/// and the clinician's own reflection. Same tokens as the demo pools.
/// </summary>
internal static class ScaleNarratives
{
    private static readonly string[] _context =
    [
        "{S} has been sleeping badly again, waking at three most nights and lying awake going over the day.",
        "{N} said the flare-up after the long weekend lasted four days and that {s} spent most of it on the sofa.",
        "Work has been the main worry this fortnight: {p} manager wants a date for a full return and {s} cannot give one.",
        "{S} reported that mornings are the worst, with stiffness easing only after a hot shower and a slow walk to the corner.",
        "{N} has started going to the choir again on Thursdays and said it was the first evening out in months.",
        "Mood has been low since the anniversary of {p} brother's death, and {s} said the pain felt louder that week.",
        "{S} mentioned that {p} daughter now drives {o} to appointments, which {s} finds both a relief and a loss.",
        "{N} has cut back on the painkillers as agreed with the GP and noticed {s} is thinking more clearly.",
    ];

    private static readonly string[] _treatment =
    [
        "We practised sit-to-stand from a higher chair with slow breathing, and {s} set the pace for each repetition.",
        "Most of the session was graded walking on the treadmill, stopping each time {s} noticed {p} jaw tighten.",
        "I used gentle soft-tissue work over the upper trapezius only after asking, and {s} said when to stop.",
        "We tried the hydrotherapy pool for the first time; {s} was wary of the steps but relaxed once in the water.",
        "We worked on pacing: splitting the ironing into ten-minute blocks and planning rests before {s} needs them.",
        "We reviewed the pain diary together and {s} spotted a pattern between poor sleep and the worst afternoons.",
        "We spent time on relaxed diaphragmatic breathing in side-lying, which {s} said was easier than on {p} back.",
        "Balance work on the foam mat went better than expected, and {s} laughed at how much {p} confidence had grown.",
    ];

    private static readonly string[] _homeProgramme =
    [
        "For home, {s} will keep the bridging and the calf stretches, and add the stairs practice twice a week.",
        "{S} managed the home exercises on four days out of seven and was pleased, which I reflected back to {o}.",
        "{S} admitted the exercise sheet has stayed in the drawer; we cut it down to one movement {s} can do while the kettle boils.",
        "We updated the flare-up plan: heat, shorter walks rather than none, and a text to the clinic if it lasts beyond a week.",
        "{N} wants to build up to swimming a length without stopping, so we set a first step of ten minutes of walking in the water.",
        "We agreed to review the sleep routine next time and {s} will note bedtimes and waking times in a short log.",
    ];

    private static readonly string[] _reflection =
    [
        "Reflecting afterwards, I noticed I had rushed the assessment and want to give more room to {p} story next time.",
        "I was aware of my own frustration when progress stalled, and I want to bring this to supervision.",
        "On reflection, the moment {s} felt heard counted for more today than any of the hands-on work.",
        "I want to check next time whether the word \"damage\" I used earlier worried {o}; {s} went quiet after it.",
        "It struck me how differently {s} moves when talking about the grandchildren compared with talking about the scan.",
    ];

    public static string Compose(Random random, string name, char pronoun, int sessionNumber, bool strained)
    {
        var text = new StringBuilder(DemoNarratives.Compose(random, name, pronoun, sessionNumber, strained), 1_400);
        var tail = new StringBuilder();
        Add(tail, random, _context);
        Add(tail, random, _treatment);
        Add(tail, random, _homeProgramme);
        if (random.NextDouble() < 0.5)
        {
            Add(tail, random, _reflection);
        }

        text.Append(' ').Append(DemoNarratives.Fill(tail.ToString().TrimEnd(), name, pronoun));
        return text.ToString();
    }

    private static void Add(StringBuilder text, Random random, string[] pool) => text.Append(pool[random.Next(pool.Length)]).Append(' ');
}
