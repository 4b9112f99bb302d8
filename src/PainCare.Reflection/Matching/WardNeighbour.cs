using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>
/// Ward notes and handovers name several patients by their bed: "Mrs A settled. Mr B in bed 4 was distressed". A person
/// placed by bed, room or bay after another titled patient has been named, or "the lady in the next bed", is someone else,
/// and so is "another patient", "a fellow client" or "the other resident" wherever they are.
/// </summary>
internal static class WardNeighbour
{
    private const int PlaceReach = 3;

    public static bool IsAnotherPatient(TokenStream tokens, int index)
    {
        var lower = tokens.Lower(index);
        if (lower is "mr" or "mrs" or "ms" or "miss")
        {
            return PlacedOnTheWard(tokens, index + 1) && EarlierTitledPatient(tokens, index);
        }

        if (lower is "patient" or "client" or "pt" or "resident" && index > 0 && tokens[index - 1].Sentence == tokens[index].Sentence
            && tokens.Lower(index - 1) is "another" or "other" or "fellow" or "different" or "next")
        {
            return true;
        }

        return lower is "lady" or "man" or "gentleman" or "woman" or "chap" or "fellow" or "resident" or "patient"
            && index > 0 && tokens.Lower(index - 1) is "the" or "a"
            && PlacedOnTheWard(tokens, index + 1);
    }

    /// <summary>"in bed 4", "in room 6", "in bay 2", "in the next bed", "opposite".</summary>
    private static bool PlacedOnTheWard(TokenStream tokens, int from)
    {
        for (var j = from; j < tokens.Count && j <= from + PlaceReach && tokens[j].Sentence == tokens[from - 1].Sentence; j++)
        {
            if (tokens.Lower(j) is "opposite")
            {
                return true;
            }

            if (tokens.Lower(j) is "in" && j + 1 < tokens.Count)
            {
                var next = tokens.Lower(j + 1);
                if (next is "bed" or "room" or "bay" or "cubicle" or "side")
                {
                    return true;
                }

                return next is "the" && j + 2 < tokens.Count && tokens.Lower(j + 2) is "next" or "other" or "opposite" or "corner";
            }
        }

        return false;
    }

    private static bool EarlierTitledPatient(TokenStream tokens, int index)
    {
        var name = index + 1 < tokens.Count ? tokens.Lower(index + 1) : default;
        for (var j = 0; j < index - 1; j++)
        {
            if (tokens.Lower(j) is "mr" or "mrs" or "ms" or "miss" && !tokens.Lower(j + 1).SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }
}
