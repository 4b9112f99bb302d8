using System.Text.RegularExpressions;

namespace PainCare.Deidentification.Recognisers;

/// <summary>The shapes an exact age is written in, read by <see cref="AgeRecogniser"/>.</summary>
internal sealed partial class AgeRecogniser
{
    private const string FullWeekday = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";

    [GeneratedRegex(@"\b(?:(?<f>Mrs|Ms|Miss)|Mr)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*,?\s*(?:an?\s+)?\(?\z", RegexOptions.CultureInvariant)]
    private static partial Regex TitleBefore();

    [GeneratedRegex(@"\b(?:(?<f>she|woman|girl|daughter|mother|wife|sister|granddaughter|mum|mom)|he|man|boy|son|father|husband|brother|grandson|dad)(?:['’]s)?\s+(?:(?:is|was|turned|turns|is now|will be)\s+)?(?:(?:nearly|almost|only|just)\s+)?\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubjectBefore();

    [GeneratedRegex(@"(?:^|\W)(?:a|an|A|An)\s\z", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleBefore();

    [GeneratedRegex(@"\b(?:she|her|woman|girl|daughter|mother|wife|sister|granddaughter|mrs|ms|miss|mum|mom|he|his|him|man|boy|son|father|husband|brother|grandson|mr|dad)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Gendered();

    [GeneratedRegex(@"(?<=[- ]|\d)(?:year|yr)s?[- ]old\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearOld();

    [GeneratedRegex(@"\b(?<n>\d{1,3}|" + NumberWords.Pattern + @")(?:[- ]|(?<=\d))\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberBefore();

    [GeneratedRegex(@"\b(?:(?:at|since|from|by|until|till|before|after|around|about)\s+the\s+age\s+of|(?:at|since|from|by)\s+age)\s+(?<n>\d{1,3}|" + NumberWords.Pattern + @")\b|\b(?<n>\d{1,3}|" + NumberWords.Pattern + @")\s+years\s+of\s+age\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgeOf();

    [GeneratedRegex(@"\b(?i:born|DOB|D\.O\.B\.?)[:\s][^.\n;]{4,30}?\d{2,4},?\s+(?:so|making\s+(?:her|him|them)|i\.e\.?|now)\s+(?<n>\d{1,3})\b(?![/.:]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AgeFromBirth();

    // "(DOB 03/09/1971, 54)", "(born Feb 2, 1990; 35)": the age given beside a birth date inside one bracket.
    [GeneratedRegex(@"\b(?i:born|DOB|D\.O\.B\.?|date of birth)[:\s][^\n();]{4,30}?\d{2,4}\s*[,;]\s*(?<n>\d{1,3})(?:\s*(?:y|yo|yrs|years))?\s*(?=\))", RegexOptions.CultureInvariant)]
    private static partial Regex AgeBesideBirth();

    [GeneratedRegex(@"\b(?i:DOB|D\.O\.B\.?|date of birth|born)\b[^\n()]{1,30}\d{2,4}\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex BirthDateBefore();

    [GeneratedRegex(@"\b(?<n>" + NumberWords.Pattern + @")[- ]?(?:y/o|yo|y\.o\.?|yrs?\b(?!\s+(?:ago|post|since|of|on)\b))(?!\w)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordShorthand();

    [GeneratedRegex(@"\bin\s+(?<p>his|her|their|my|your)\s+(?:(?<n>[2-9]\d|1[3-9]|1[01]\d)(?:st|nd|rd|th)|(?<w>" + NumberWords.OrdinalPattern + @"))\s+year\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearOfLife();

    [GeneratedRegex(@"\b(?:his|her|their|my|your|our|happy|\p{L}+['’]s)\s+(?:(?<n>[2-9]\d|1[3-9]|1[01]\d)(?:st|nd|rd|th)|(?<w>" + NumberWords.OrdinalPattern + @"))(?=\s*(?:[.,;!)]|$|\s+(?:last|this|next|on|in|at|party|celebration|bash|do|dinner|lunch|birthday|wishes|card|cake|weekend)\b))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnsaidBirthday();

    [GeneratedRegex(@"(?:^|(?<=[\n,:]\s?))(?<n>\d{1,3})\s(?<s>[MF])(?=[,.;)]|\s*$)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex SpacedSex();

    [GeneratedRegex(@"\b(?<n>\d{1,3})(?:st|nd|rd|th)\s+birthday\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Birthday();

    [GeneratedRegex(@"(?<=\S\s?)\((?:(?:nearly|almost|just|aged|age)\s+)?(?<n>\d{1,3})(?:\s*(?:years|yrs|y))?(?:\s*[,;]\s*[^()\n]{1,24}|\s+now\b[!.]*)?\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\b(?:aged|age|Age|Aged|AGE)(?:\s*/\s*(?i:sex|gender))?\s*[:=–-]?\s*(?<n>\d{1,3}|" + NumberWords.Pattern + @")(?:½|\s+and\s+a\s+half)?(?:y|yrs?|\s+years(?=\s*[),;.]))?(?![\w½])(?!\s*(?:%|/(?![MF]\b)|mg|kg|months|weeks|days|-year))", RegexOptions.CultureInvariant)]
    private static partial Regex Aged();

    [GeneratedRegex(@"(?:\b(?:is|was|am|turned|turns|turning|is now|was now|[Ww]ill be|had just turned|has just turned|(?<=\b[Yy]ou\s)are)|(?<=\p{L})['’][sm]|(?<=\b[Yy]ou)['’]re)\s+(?<q>(?:nearly|almost|only|just)\s+)?(?<n>\d{1,3}(?=(?:yrs?|yo)\b(?!\s+(?:post|since|ago|after|of|on|off|later)\b))|\d{1,3}|(?<=(?:turn\w*|is|was|am|are|['’][sm]|['’]re)\s+)" + NumberWords.Pattern + @")(?:(?<suf>yrs?|yo)\b|\b)(?!\s*(?:%|/|mg|kg|cm|mm|ml|degrees|°|minutes|mins|hours|hrs|days|weeks|months|years|times|x\b|sessions|points|metres|meters|out|of|kilos|pounds|lb|lbs|foot|feet|ft|inches|stone|metres tall|percent|per\s+cent|\.\d|,\d))", RegexOptions.CultureInvariant)]
    private static partial Regex Stated();

    [GeneratedRegex(@"(?:(?<=\p{L}['’]?|[)""”]),\s+|(?<=\)\s))(?<age>(?:(?:nearly|almost|just)\s)?(?<n>\d{1,3}|" + NumberWords.Pattern + @")(?:\s?(?:yrs?|years|ans|años)\.?)?)(?=\s*[,.;)]|\s+\((?i:DOB|D\.O\.B|born|b\.)|\s+(?:and|who|is|was|has|had|lives|attended|reports|presented|with|from|a|an|the|retired|works|worked|now|currently|comes|came)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Apposition();

    [GeneratedRegex(@",\s+(?<n>\d{1,3}|" + NumberWords.Pattern + @")(?<u>\s?(?:y|yrs?|years|yo|y/o))?,\s+(?:DOB|D\.O\.B\.?|d\.o\.b\.?|dob|born(?=\s+(?:\d|on\b|in\b|(?-i:\p{Lu})))|of(?=\s+(?:flat|apt|apartment|unit|\d)))(?![\w])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BeforeBirthDate();

    [GeneratedRegex(@"\bwho,?\s+at\s+(?<n>\d{2,3}|" + NumberWords.Pattern + @")\b,?\s+(?:still|is|was|has|had|works|lives|remains|continues|now|plays|runs|drives|cares|looks)\b|\b[Aa]t\s+(?<n>\d{2,3}|" + NumberWords.Pattern + @"),\s+(?:she|he|they|I|we|his|her|my|their)\b|(?:^|(?<=[.!?]\s))At\s+(?<n>\d{2,3})\s+(?:she|he|they|I|we)\b", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex AtAge();

    [GeneratedRegex(@"(?<![.\d])\b(?<n>\d{1,3})(?:-?\s?(?:y/o|yo|y\.o\.?|Y/O|YO)(?:\s?[MF](?!\w))?|[MF]|yo[mf]|YO[MF]|y(?=\s+(?:female|male|woman|man|boy|girl|old)\b))(?!\w)|(?<=\b[MF]/)(?<n>\d{1,3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Shorthand();

    [GeneratedRegex(@"^\s+(?:on\s+(?:" + FullWeekday + @"|the\s+\d|\d)|in\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:next|this)\s+(?:week|month|year|weekend|" + FullWeekday + @")|tomorrow\b)", RegexOptions.CultureInvariant)]
    private static partial Regex BirthdayWhen();
}
