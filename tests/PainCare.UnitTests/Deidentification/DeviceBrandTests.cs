namespace PainCare.UnitTests.Deidentification;

/// <summary>Brands of devices no list holds, kept by the device word after them (a model name may stand between).</summary>
public sealed class DeviceBrandTests
{
    [Theory]
    [InlineData("Plan: Kegel work, Pelvitone biofeedback, review in May.", "Pelvitone")]
    [InlineData("Uses a frame and Trekka boots.", "Trekka")]
    [InlineData("Socket: suction, Varosil Seal X3 liner, Zandor Knee, Dura-Step foot.", "Varosil")]
    [InlineData("Socket: suction, Varosil Seal X3 liner, Zandor Knee, Dura-Step foot.", "Zandor")]
    [InlineData("Socket: suction, Varosil Seal X3 liner, Zandor Knee, Dura-Step foot.", "Dura-Step")]
    public void AnUnknownWordBeforeADevice_IsKeptAsItsBrand(string text, string brand) => Scrub.Kept(Scrub.Run(text), brand);

    [Fact]
    public void AnUnknownNameBeforeABodyPart_IsStillReplaced() =>
        Scrub.Gone(Scrub.Run("Reviewed Mihiata knee pain with her today."), "Mihiata");

    [Theory]
    [InlineData("Grip (Dynex) 20 kg on the right.", "Dynex")]
    [InlineData("Hip protectors (Cushguard) issued.", "Cushguard")]
    public void AnUnknownWordInBracketsAfterAMeasureOrADevice_IsKeptAsItsBrand(string text, string brand) => Scrub.Kept(Scrub.Run(text), brand);

    [Fact]
    public void AnUnknownWordInBracketsAfterAPerson_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Lives with her partner (Tawhiri) in town."), "Tawhiri");

    [Fact]
    public void AnUnknownWordListedAfterADevice_IsKeptAsAThing() =>
        Scrub.Kept(Scrub.Run("Plan: ceiling hoist, Kestrix, pressure mattress."), "Kestrix");

    [Fact]
    public void AnUnknownWordListedAfterAPerson_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Lives with her sister, Tawhiri, in town."), "Tawhiri");

    [Theory]
    [InlineData("Tawhiri Walker came in today.")]
    [InlineData("NOK: Tawhiri Walker (son).")]
    [InlineData("Pt Tawhiri Collar, seen today.")]
    public void AnUnknownGivenNameBeforeASurnameThatIsADeviceWord_IsReplaced(string text) => Scrub.Gone(Scrub.Run(text), "Tawhiri");

    [Theory]
    [InlineData("Uses a Velmora plaster at night.", "Velmora plaster")]
    [InlineData("Lifts with a Quendra belt on.", "Quendra belt")]
    [InlineData("She is pleased with her Brisvane prosthesis.", "Brisvane prosthesis")]
    public void ABrandBeforeAPlasterBeltOrProsthesis_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);
}
