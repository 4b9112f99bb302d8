namespace PainCare.Data.Seeding;

/// <summary>
/// A composite case modelled on the shape of the Kay vignette (shared/seeds/000): long-standing pelvic and hip pain,
/// weariness with practitioners, a protective response to touch and a first moment of meeting. Written afresh;
/// every name and detail is invented.
/// </summary>
internal static class CompositeCase
{
    public const string GivenName = "Leonie";
    public const string FamilyName = "Hartley";

    public const string WhatMattersToMe = "To sit through my niece's school concert without having to leave. To stop feeling like a problem to be solved.";

    public static readonly string[] Narratives =
    [
        "Leonie had told reception she nearly cancelled: she has seen \"every kind of therapist there is\" over twenty-odd years of pain in the pelvis and left hip, "
        + "lately spreading into the neck. In the waiting room she sat folded forward, eyes fixed on the carpet, bag wedged against her leg. "
        + "She stood by pushing up through her thighs and walked to the room carefully, as if the floor might tilt.\n\n"
        + "I began with \"I wonder what would be most useful today.\" She gave a short laugh: \"You have no idea. I don't know why I keep bothering.\" "
        + "I said she was right, I didn't know, and that I would like to understand. She listed what the pain has taken - work, friends, sleep - in a flat, tired voice, "
        + "and mentioned a \"rough few years as a teenager\" and a long break from work without saying more. She rarely looked up; her arms stayed close to her body, almost frozen.\n\n"
        + "I noticed my own doubt rising - whether I could help - and tried to sit back and slow my breathing. On assessment, when I rested one hand on the left iliac crest "
        + "and cupped the front of the hip with the other, she pulled away sharply, her breathing quickened and she began to sweat. I took my hands away, too quickly. "
        + "I said, \"It looks as if this part of you is working hard to protect you.\" She lifted her eyes and met mine, which she had not done before. When I added that pain is often the body "
        + "trying to keep us safe, she covered her face and cried. We sat together quietly on the plinth until she was ready.\n\n"
        + "We agreed to meet again next week; she picked breathing and gentle movement as the first step rather than hands-on treatment.",
        "Leonie arrived on time and took her coat off, which she had not done last week. She said the week had been \"the usual, but I thought about what you said\". "
        + "We talked about the idea of protection; she said it was the first explanation that did not make her feel blamed. Her voice was steadier and she made eye contact "
        + "several times. She still braced when we tried supported hip rotation, so we stayed with breathing and small pelvic tilts she could control herself. "
        + "She chose two exercises for home and asked if she could text if the pain flared. Pain 7/10 before, 6/10 after.",
        "A harder session. Leonie said her sister had cancelled a visit and she had spent two days on the sofa. She answered briefly and looked at the clock, "
        + "and said, \"Maybe this is just how it is.\" I named that today felt heavier and asked whether something in our last session had been too much. "
        + "After a long pause she said she had been frightened by how much she cried. We agreed she can say stop at any time and that we will check in before any touch. "
        + "She decided to keep the same home programme. Pain 8/10 before, 7/10 after.",
        "Leonie walked in more upright and laughed about getting lost in the new car park. She described sitting through a whole film with her niece. "
        + "During hip assessment she noticed herself holding her breath and let it go without my prompting - she said, \"I caught it that time.\" "
        + "We talked through options for increasing activity; she chose a short daily walk and disagreed with my idea of a pool class (\"not yet\"). "
        + "Pain 5/10 before, 4/10 after.",
    ];
}
