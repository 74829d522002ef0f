using System.Net.Mail;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Newsletter.Api;

[ApiController]
[Route("api/subscriptions")]
public class SubscriptionsController : ControllerBase
{
    private readonly SmtpClient _smtp = new("smtp.example.com", 587);

    [HttpPost]
    public async Task<IActionResult> Subscribe([FromBody] SubscribeRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            return Problem(statusCode: 432, title: "Email is required");
            //                         ^^^ unknown-status warning =>
        }
        try
        {
            await _smtp.SendMailAsync("noreply@example.com", request.Email, "Welcome", "Thanks!");
        }
        catch (SmtpFailedRecipientException ex) when ((int)ex.StatusCode == 550)
        //                                                                  !!! unknown-status an SMTP reply code
        {
            return Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Mailbox unavailable");
        }
        return StatusCode(299, new { request.Email, state = "pending" });
        //                ^^^ unknown-status warning =>
    }

    [HttpDelete("{id:guid}")]
    public IActionResult Unsubscribe(System.Guid id)
    {
        return StatusCode(StatusCodes.Status204NoContent);
    }

    [HttpGet("{id:guid}")]
    public IActionResult Get(System.Guid id)
    {
        return StatusCode(226);
        //                !!! unknown-status assigned: IM Used
    }
}

public record SubscribeRequest(string Email);
