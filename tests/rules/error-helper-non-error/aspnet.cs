using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Library.Api;

[ApiController]
[Route("api/holds")]
public class HoldsController : ControllerBase
{
    private readonly IHoldService _holds;

    public HoldsController(IHoldService holds) => _holds = holds;

    [HttpPost("{bookId:int}")]
    public IActionResult Place(int bookId)
    {
        if (!_holds.BookExists(bookId))
        {
            return Problem(title: "Book not found", statusCode: StatusCodes.Status404NotFound);
            //                                                  !!!!!!!!!!!!!!!!!!!!!!!!!!!!! error-helper-non-error a real error
        }
        if (_holds.HasHold(User.Identity!.Name!, bookId))
        {
            // ProblemDetails describe an error; with 200 the client reads success.
            return Problem(title: "You already hold this book", statusCode: StatusCodes.Status200OK);
            //                                                              ^^^^^^^^^^^^^^^^^^^^^^^ error-helper-non-error warning =>
        }
        _holds.Place(User.Identity!.Name!, bookId);
        return StatusCode(StatusCodes.Status201Created);
        //                !!!!!!!!!!!!!!!!!!!!!!!!!!!! error-helper-non-error not an error helper
    }

    [HttpDelete("{bookId:int}")]
    public IActionResult Cancel(int bookId)
    {
        if (!_holds.HasHold(User.Identity!.Name!, bookId))
        {
            return Problem(title: "No hold to cancel", statusCode: 409);
            //                                                     !!! error-helper-non-error a real error
        }
        _holds.Cancel(User.Identity!.Name!, bookId);
        return NoContent();
    }
}

public interface IHoldService
{
    bool BookExists(int bookId);
    bool HasHold(string user, int bookId);
    void Place(string user, int bookId);
    void Cancel(string user, int bookId);
}
