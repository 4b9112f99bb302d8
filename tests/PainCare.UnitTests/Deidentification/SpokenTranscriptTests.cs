namespace PainCare.UnitTests.Deidentification;

/// <summary>
/// Machine transcripts of speech: numbers, codes and spellings said one figure or letter at a time, numbers and years
/// in words, punctuation typed as words, speaker labels, and no capitals anywhere else.
/// </summary>
public sealed class SpokenTranscriptTests
{
    private const string Call =
        "[00:00:01] Caller 1: morning this is the physio line can i take a few details for the booking please\n" +
        "[00:00:05] Caller 2: yes of course it's for my back again it has been playing up since the weekend\n";

    [Theory]
    [InlineData("[00:00:09] Caller 2: my mobile is oh seven eight double four five one two nine three six", "oh seven eight double four five one two nine three six")]
    [InlineData("[00:00:09] Caller 2: the hospital number is four four one triple seven two", "four four one triple seven two")]
    [InlineData("[00:00:09] Caller 2: the postcode is L S six two Q R", "L S six two Q R")]
    [InlineData("[00:00:09] Caller 2: the plate is B D one nine dash K L P", "B D one nine dash K L P")]
    [InlineData("[00:00:09] Caller 2: the surname is spelt H A R G R E A V E S", "H A R G R E A V E S")]
    public void ACodeSaidOneFigureOrLetterAtATime_IsReplaced(string line, string code) => Scrub.Gone(Scrub.Run(Call + line), code);

    [Fact]
    public void ANumberSplitAcrossTwoTurns_LosesBothHalves()
    {
        var result = Scrub.Run(Call + "[00:00:09] Caller 2: it's oh one five three\n[00:00:11] Caller 2: six six two nine one eight\n");
        Scrub.Gone(result, "oh one five three", "six six two nine one eight");
    }

    [Fact]
    public void ACodeSaidAloud_IsReplacedByOneSaidAloud()
    {
        var output = Scrub.Run(Call + "[00:00:09] Caller 2: my mobile is oh seven eight double four five one two nine three six").Text;
        Assert.DoesNotContain("07", output, StringComparison.Ordinal);
        Assert.Matches(@"mobile is (?:(?:oh|one|two|three|four|five|six|seven|eight|nine) ?){6,}", output);
    }

    [Theory]
    [InlineData("[00:00:09] Caller 2: born the ninth of the fourth nineteen fifty eight", "ninth of the fourth nineteen fifty eight")]
    [InlineData("[00:00:09] Caller 2: date of birth twenty first of the twelfth oh three", "twenty first of the twelfth oh three")]
    [InlineData("[00:00:09] Caller 2: it was third of august nineteen forty nine", "third of august nineteen forty nine")]
    [InlineData("[00:00:09] Caller 2: the scan is on tuesday nineteenth march", "nineteenth march")]
    public void ADateSaidInWords_IsReplaced(string line, string date) => Scrub.Gone(Scrub.Run(Call + line), date);

    [Theory]
    [InlineData("[00:00:09] Caller 1: so you're fifty three now", "fifty three")]
    [InlineData("[00:00:09] Caller 2: she is seventy one and lives alone", "seventy one")]
    public void AnAgeSaidInWordsWithoutAHyphen_IsReplaced(string line, string age) => Scrub.Gone(Scrub.Run(Call + line), age);

    [Theory]
    [InlineData("[00:00:09] Caller 2: email it to j pennington at fastmail dot co dot uk", "pennington at fastmail dot co dot uk")]
    [InlineData("[00:00:09] Caller 2: i post as at sore underscore shoulders", "sore underscore shoulders")]
    public void AnAddressSaidAloud_IsReplaced(string line, string address) => Scrub.Gone(Scrub.Run(Call + line), address);

    [Theory]
    [InlineData("[00:00:09] Caller 1: the letter came from doctor okonjo at the practice", "okonjo")]
    [InlineData("[00:00:09] Caller 2: the owner mrs mei lin cut my hours", "mei lin")]
    [InlineData("[00:00:09] Caller 2: ask for mister szabo on reception", "szabo")]
    public void ANameAfterATitleInATranscript_IsReplaced(string line, string name) => Scrub.Gone(Scrub.Run(Call + line), name);

    [Theory]
    [InlineData("[00:00:09] Caller 1: pain is worst at L four five on the left side", "L four five")]
    [InlineData("[00:00:09] Caller 1: the E C G twelve lead was normal", "E C G twelve lead")]
    [InlineData("[00:00:09] Caller 1: we will try droperidol at night and review the tiotropium", "droperidol")]
    [InlineData("[00:00:09] Caller 1: we will try droperidol at night and review the tiotropium", "tiotropium")]
    [InlineData("[00:00:09] Caller 1: the paravertebral block and the physiatrist can wait", "physiatrist")]
    [InlineData("[00:00:09] Caller 1: the paravertebral block and the physiatrist can wait", "paravertebral")]
    public void ClinicalWordsSpokenOrTypedWithoutCapitals_Stay(string line, string term) => Scrub.Kept(Scrub.Run(Call + line), term);

    [Fact]
    public void ASpeakerLabel_StaysAsItIs() =>
        Scrub.Kept(Scrub.Run(Call + "[00:00:09] Caller 2: it has been better this week thanks"), "Caller 2:");

    [Fact]
    public void PunctuationDictatedAsWords_EndsANameBeforeIt()
    {
        var result = Scrub.Run("clinic letter comma to doctor brennan comma fernhill surgery comma many thanks for sending this gentleman with low back pain full stop he hopes to bowl again by spring full stop");
        Scrub.Gone(result, "brennan", "fernhill");
        Scrub.Kept(result, "comma to doctor", "low back pain");
    }

    [Fact]
    public void TypedNotesWithoutSpokenForms_AreUnchanged()
    {
        const string note = "Reviewed Mrs Dale today. Pain 4/10, walking 20 minutes. Plan: continue HEP, review 2/52.";
        Scrub.Gone(Scrub.Run(note), "Dale");
        Scrub.Kept(Scrub.Run(note), "Pain 4/10, walking 20 minutes", "review 2/52");
    }
}
