using Microsoft.Net.Http.Headers;

namespace PainCare.Web.Hosting;

/// <summary>
/// Answers 413 to a form post over the limits in <see cref="RequestLimits"/>. Without it the antiforgery check, which reads
/// the form first, would turn the oversized body into a 400 about a missing token. The form is read once here and reused
/// by antiforgery and Blazor.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.HasFormContentType)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "The request is too large.");
                return;
            }
            catch (InvalidDataException)
            {
                // Told apart by the kind of body, not the message: the url-encoded reader throws this only when a
                // field, a key or the number of fields is over FormOptions' limits (however small the whole body), so
                // that is too large; from the multipart reader it may equally be a malformed part, so it is unreadable.
                var tooLarge = context.Request.ContentType is { } type && IsUrlEncoded(type);
                await RefuseAsync(
                    context,
                    tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                    tooLarge ? "The request is too large." : "The form could not be read.");
                return;
            }
            catch (IOException) when (!context.RequestAborted.IsCancellationRequested)
            {
                // A multipart body whose boundary never closes: the reader runs off the end of the stream.
                await RefuseAsync(context, StatusCodes.Status400BadRequest, "The form could not be read.");
                return;
            }
        }

        await next(context);
    }

    private static bool IsUrlEncoded(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private static Task RefuseAsync(HttpContext context, int statusCode, string message)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message, context.RequestAborted);
    }
}
