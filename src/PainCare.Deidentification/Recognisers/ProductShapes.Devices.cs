using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>Devices and drugs by the words around them: a device word after a brand, a list of things, a release-form code.</summary>
internal static partial class ProductShapes
{
    /// <summary>
    /// "ceiling hoist, Kestrix, pressure mattress": an unknown word standing alone as an item of a list whose item before it
    /// ends in a device word is a thing too. Clinical terms before it are not enough: places follow wards ("X Ward, Y").
    /// </summary>
    private static bool IsThingInAList(ScanContext context, int i)
    {
        var token = context.Tokens[i];
        if (token.IsAllCaps || !UnknownWords.IsUnknownKey(token.Key) || Gazetteer.IsAnyName(token.Key) || i == 0)
        {
            return false;
        }

        var gapBefore = context.Gap(i - 1, i);
        var opensItem = gapBefore is ", " || context.TokenAt(i - 1) is { Key: "and" } && i >= 2 && context.Gap(i - 2, i - 1) is " ";
        var closesItem = i + 1 >= context.Tokens.Count || context.Gap(i, i + 1) is ", " or ". " or "." or ";" or "; "
            || context.TokenAt(i + 1) is { Key: "and" } && context.IsSpaceGap(i, i + 1);
        if (!opensItem || !closesItem)
        {
            return false;
        }

        var previousItem = gapBefore is ", " ? i - 1 : i - 2;
        var previous = context.Tokens[previousItem];
        return _deviceNouns.Contains(previous.Key);
    }

    // People in care settings that the relationship list does not hold.
    private static readonly HashSet<string> _careRoles = new(StringComparer.Ordinal) { "nurse", "patient", "client", "pt", "resident" };

    // Words of measuring and protecting that name their instrument in brackets ("grip (Dynex)").
    private static readonly HashSet<string> _measureNouns = new(StringComparer.Ordinal)
    {
        "grip", "strength", "pressure", "protector", "protectors", "aid", "aids", "monitor", "meter", "scale", "goniometer", "stockings",
    };

    // Things worn, used or taken: a word no dictionary holds just before one ("Kestrel liner") names its brand.
    private static readonly HashSet<string> _deviceNouns = new(StringComparer.Ordinal)
    {
        "liner", "liners", "boots", "boot", "shoes", "insoles", "orthotic", "orthotics", "orthosis", "splint", "brace", "collar", "sleeve",
        "garment", "garments", "gloves", "stockings", "dressing", "dressings", "gel", "cream", "patch", "patches", "tape", "biofeedback",
        "cycle", "bike", "trainer", "machine", "device", "app", "walker", "frame", "mattress", "cushion", "hoist", "wheelchair", "scooter",
        "crutches", "socket", "pump", "inhaler", "spray", "tablets", "capsules", "injection", "stim", "stimulator", "dynamometer",
        "plaster", "plasters", "belt", "prosthesis", "implant", "graft", "pillow", "sling", "bandage", "wrap", "pads", "catheter",
        "lozenges", "sachets", "syrup", "suppositories", "nebuliser", "nebulizer", "pen", "cane", "rollator", "mask", "tubing",
    };

    // Prosthetic parts share their names with the body ("a Kestrel Knee"): only after a brand-shaped word or in capitals.
    private static readonly HashSet<string> _prostheticParts = new(StringComparer.Ordinal) { "knee", "foot", "feet", "hand", "ankle", "hip" };

    /// <summary>"Kestrel liner", "Varo Kestra-Flex K3 liner", "Dura-Step foot": an unknown word, perhaps a model after it, then a device.</summary>
    private static int DeviceBrandLength(ScanContext context, int i)
    {
        var token = context.Tokens[i];
        // Never the second word of a name ("Aroha Ngata walked"), after a title, or after a word for a person.
        if (token.IsAllCaps || !UnknownWords.IsUnknownKey(token.Key) || Gazetteer.IsAnyName(token.Key) || ClinicalStructure.AfterTitle(context, i)
            || context.TokenAt(i - 1) is { } before && (before.IsCapitalised && context.IsSpaceGap(i - 1, i) || NameRecogniser.IsRelation(before.Key) || _careRoles.Contains(before.Key)))
        {
            return 0;
        }

        for (var k = i + 1; k <= i + 3 && k < context.Tokens.Count && context.IsSpaceGap(k - 1, k); k++)
        {
            var next = context.Tokens[k];
            // In capitals the device word could be a surname ("Mere Walker"); prosthetic parts are the exception ("a Rheo-style Knee").
            if (_deviceNouns.Contains(next.Key) && !next.IsCapitalised
                || _prostheticParts.Contains(next.Key) && (next.IsCapitalised || token.Base.Contains('-') || k > i + 1) && !IsPracticeAfter(context, k))
            {
                return k - i;
            }

            // Only a model name or number may stand between the brand and the device ("Kestra-Flex K3").
            if (!next.Base.Any(char.IsDigit) && !(next.IsCapitalised && (next.Base.Contains('-') || next.IsAllCaps || UnknownWords.IsUnknownKey(next.Key))))
            {
                return 0;
            }
        }

        return 0;
    }

    // "Tarrant Hand Therapy", "Fenwick Knee Clinic": the body part names what a practice treats, not a prosthesis.
    private static bool IsPracticeAfter(ScanContext context, int part) =>
        context.TokenAt(part + 1) is { IsCapitalised: true } after && context.IsSpaceGap(part, part + 1)
        && (after.Key is "therapy" or "therapies" or "physiotherapy" or "physio" || FacilityRecogniser.IsHeadWord(after.Key));

    private static readonly HashSet<string> _releaseForms = new(StringComparer.Ordinal) { "sr", "cr", "xr", "xl", "mr", "cd", "hbs", "odt", "ec", "dt" };
}
