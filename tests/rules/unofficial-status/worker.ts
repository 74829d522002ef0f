// A Cloudflare Worker in front of the origin.
export interface Env {
  ORIGIN: string;
  SESSION_TTL_SECONDS: number;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname.startsWith("/wp-admin")) {
      return new Response(null, { status: 444 });
      //                                  ^^^ unofficial-status information =>
    }

    const session = request.headers.get("cookie")?.match(/session=([^;]+)/)?.[1];
    if (url.pathname.startsWith("/account") && !session) {
      return new Response("session expired", { status: 440 });
      //                                               ^^^ unofficial-status information =>
    }

    let upstream: Response;
    try {
      upstream = await fetch(new Request(env.ORIGIN + url.pathname, request));
    } catch {
      return new Response("origin unreachable", { status: 523 });
      //                                                  ^^^ unofficial-status information =>
    }
    if (upstream.status === 520) {
    //                      !!! unofficial-status a client reading the status
      return new Response("origin error", { status: 502 });
      //                                            !!! unofficial-status an IANA code
    }
    return upstream;
  },
};

export class SessionExpiredError extends Error {
  status = 419;
  //       ^^^ unofficial-status warning vendors disagree on 419 =>
}
