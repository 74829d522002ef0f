class Api::SearchController < ApplicationController
  rescue_from ActionController::InvalidAuthenticityToken do
    head 419
    #    ^^^ unofficial-status warning =>
  end

  def index
    if throttled?
      render json: { error: "enhance your calm" }, status: 420
      #                                                    ^^^ unofficial-status warning =>
    else
      render json: upstream.get("/search", q: params[:q]).body
    end
  end

  def show
    head 449 unless params[:retry_with].present?
    #    ^^^ unofficial-status information =>
  end

  def legal
    head 451
    #    !!! unofficial-status an IANA code
  end

  private

  # Retrying what Cloudflare answers is reading those codes, not sending them.
  def upstream
    @upstream ||= Faraday.new("https://search.internal") do |f|
      f.request :retry, max: 2, retry_statuses: [429, 520, 522]
      #                                               !!! unofficial-status a client retry policy
    end
  end

  def throttled?
    Rails.cache.increment("search:#{request.remote_ip}", 1, expires_in: 60) > 30
  end
end

RSpec.describe "Search API", type: :request do
  it "rejects a stale form" do
    post "/api/search", params: { authenticity_token: "stale" }
    expect(response).to have_http_status(419)
    #                                    !!! unofficial-status a test assertion
  end
end
