using System.Text;

namespace PainCare.Data.Seeding;

/// <summary>
/// Composes varied, synthetic session narratives from sentence pools so that search, reflection and
/// de-identification meet realistic prose. Tokens: {N} name, {S}/{s} subject pronoun, {o} object, {p}/{P} possessive.
/// </summary>
internal static class DemoNarratives
{
    private static readonly string[] _story =
    [
        "{N} talked about the early starts at the bakery and how standing at the ovens has become a dread.",
        "{S} described the months after the car accident, the insurance forms and the feeling of not being believed.",
        "{N} spoke about caring for {p} mother and how there is no time left over for {p} own body.",
        "{S} told me about giving up netball last winter and how much {s} misses the team more than the game.",
        "We spent the first part of the session on the story of the last fortnight: a wedding, a long drive, a flare afterwards.",
        "{N} explained that {s} has stopped walking the dog because of what the neighbours might think if {s} has to stop.",
        "{S} mentioned, almost in passing, a difficult childhood and a father who was often angry.",
        "{N} described the night shifts at the warehouse and sleeping in pieces during the day.",
    ];

    private static readonly string[] _particulars =
    [
        "{S} sat forward with elbows on knees and spoke quickly, barely pausing between sentences.",
        "{P} voice dropped almost to a whisper when the subject of work came up.",
        "{S} kept {p} coat on for the whole session and held {p} bag on {p} lap.",
        "{S} walked in slowly, pushing through {p} thighs to stand from the waiting-room chair.",
        "{N} looked at the floor for most of the conversation and glanced up only when I paused.",
        "There were long pauses before {s} answered, as if weighing whether it was worth saying.",
        "{P} hands moved a great deal as {s} described the pain, tracing a line from hip to knee.",
        "{S} smiled when describing the garden, and {p} pace slowed and softened.",
    ];

    private static readonly string[] _safetyCues =
    [
        "When I placed my hand over the left sacroiliac joint {s} flinched and held {p} breath; I lifted my hand off and we paused.",
        "During the slump test {s} braced through the shoulders and went very still, so I stopped and asked what {s} noticed.",
        "{S} guarded the lumbar spine on forward bending and moved stiffly, breath held at the end of range.",
        "As I described the next exercise {s} recoiled slightly and {p} breathing quickened; we slowed down.",
        "{S} seemed to go somewhere else for a moment during palpation, staring past me, and came back when I spoke {p} name.",
        "Tears came when I touched the scar over the right knee; we sat quietly until {s} was ready to go on.",
    ];

    private static readonly string[] _ownWords =
    [
        "{S} said, \"All I'm after is lifting my grandson without having to plan it.\"",
        "In {p} words: \"Everyone looks at the scan. Nobody looks at me.\"",
        "\"Some days the pain is the loudest person in the room,\" {s} said.",
        "{S} told me, \"I'm scared that if I stop pushing I'll never start again.\"",
        "\"I don't want to be fixed, I want to be able to live with it,\" {s} said.",
        "{S} said quietly, \"I didn't think anyone would ask me that.\"",
    ];

    private static readonly string[] _connection =
    [
        "We laughed together about the car-park ticket machine, and {p} shoulders dropped for the first time.",
        "For the first time {s} met my eyes while talking about the pain, and held my gaze.",
        "Neither of us spoke for a while, and the quiet felt easy rather than awkward.",
        "{S} opened up about the fear behind the pain, and the room felt different afterwards.",
    ];

    private static readonly string[] _strain =
    [
        "{S} answered in single words and kept checking the time; I wondered aloud whether today was hard.",
        "{S} said the exercises were pointless and that the last physiotherapist had said the same things.",
        "{N} went along with the plan but without much conviction, and I noticed I was doing most of the talking.",
        "{S} said, \"You have no idea what this is like,\" and I felt myself wanting to defend the programme.",
    ];

    private static readonly string[] _findings =
    [
        "Forward bending reached just below the knees, limited by pain; repeated extension in standing eased it slightly.",
        "Hip flexion 95 degrees on the left, 110 on the right; end-of-range pain rated 6/10.",
        "Sit-to-stand five times in 18 seconds, using the arms of the chair.",
        "Straight leg raise 60 degrees bilaterally with hamstring tightness; neural tension negative.",
        "Cervical rotation improved to 70 degrees each way since last session.",
    ];

    private static readonly string[] _plans =
    [
        "I set out a few choices for the coming fortnight and {s} chose the walking programme; {s} wants to start with ten minutes.",
        "I asked what {s} thought of the idea that {p} nervous system is protecting {o}; {s} said it made sense but {s} is not sure yet.",
        "We agreed together to keep the home programme short: two exercises {s} picked, once a day.",
        "{S} disagreed with my suggestion to increase the load and we settled on repeating last week's plan.",
        "Plan: continue graded activity, review sleep next session.",
    ];

    public static string Compose(Random random, string name, char pronoun, int sessionNumber, bool strained)
    {
        var text = new StringBuilder();
        Add(text, random, _story);
        Add(text, random, _particulars);
        if (random.NextDouble() < 0.5)
        {
            Add(text, random, _safetyCues);
        }

        Add(text, random, _ownWords);
        Add(text, random, strained ? _strain : _connection);
        Add(text, random, _findings);
        if (sessionNumber > 1 && random.NextDouble() < 0.4)
        {
            Add(text, random, _particulars);
        }

        Add(text, random, _plans);
        return Fill(text.ToString().TrimEnd(), name, pronoun);
    }

    public static string Fill(string template, string name, char pronoun)
    {
        var (subject, obj, possessive) = pronoun switch
        {
            'm' => ("he", "him", "his"),
            'f' => ("she", "her", "her"),
            _ => ("they", "them", "their"),
        };
        return template
            .Replace("{N}", name, StringComparison.Ordinal)
            .Replace("{S}", Capitalise(subject), StringComparison.Ordinal)
            .Replace("{s}", subject, StringComparison.Ordinal)
            .Replace("{o}", obj, StringComparison.Ordinal)
            .Replace("{P}", Capitalise(possessive), StringComparison.Ordinal)
            .Replace("{p}", possessive, StringComparison.Ordinal);
    }

    private static void Add(StringBuilder text, Random random, string[] pool) => text.Append(pool[random.Next(pool.Length)]).Append(' ');

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
