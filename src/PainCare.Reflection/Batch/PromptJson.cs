using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PainCare.Reflection.Model;

namespace PainCare.Reflection.Batch;

/// <summary>The wire shape of prompts: <c>{"category","ruleId","text","evidence":{"spans":[…],"data":[…]}}</c>.</summary>
public static class PromptJson
{
    /// <summary>Output is plain JSON for files and pipes, not HTML, so apostrophes and accents stay readable.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>{"prompts":[…]}</c> for a single narrative.</summary>
    public static string Document(IReadOnlyList<ReflectionPrompt> prompts) => Write(writer =>
    {
        writer.WriteStartObject();
        WritePrompts(writer, prompts);
        writer.WriteEndObject();
    });

    public static void WritePrompts(Utf8JsonWriter writer, IReadOnlyList<ReflectionPrompt> prompts)
    {
        writer.WriteStartArray("prompts");
        foreach (var prompt in prompts)
        {
            writer.WriteStartObject();
            writer.WriteString("category", prompt.Category);
            writer.WriteString("ruleId", prompt.RuleId);
            writer.WriteString("text", prompt.Text);
            writer.WriteStartObject("evidence");
            writer.WriteStartArray("spans");
            foreach (var span in prompt.Evidence.Spans)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", span.Start);
                writer.WriteNumber("end", span.End);
                writer.WriteString("words", span.Words);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("data");
            foreach (var data in prompt.Evidence.Data)
            {
                writer.WriteStringValue(data);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    internal static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
