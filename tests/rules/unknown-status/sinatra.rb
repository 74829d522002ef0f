require "sinatra/base"
require "net/smtp"
require "json"

class SignupApp < Sinatra::Base
  MAX_NAME_LENGTH = 299
  #                 !!! unknown-status a length, not a status

  post "/signups" do
    payload = JSON.parse(request.body.read)
    halt 432, { error: "name too long" }.to_json if payload["name"].to_s.length > MAX_NAME_LENGTH
    #    ^^^ unknown-status warning =>
    deliver_welcome(payload["email"])
    status 299
    #      ^^^ unknown-status warning =>
    { state: "pending" }.to_json
  end

  get "/signups/:id" do
    halt 451 if params[:id].start_with?("eu-")
    #    !!! unknown-status assigned: Unavailable For Legal Reasons
    status 200
    { id: params[:id] }.to_json
  end

  helpers do
    def deliver_welcome(address)
      Net::SMTP.start("smtp.example.com", 587) do |smtp|
        reply = smtp.send_message("Subject: Welcome\n\nHello", "noreply@example.com", address)
        raise "rejected" if reply.status == "550"
        #                                    !!! unknown-status an SMTP reply, as a string
      end
    end
  end
end

class Api::SignupsController < ApplicationController
  def create
    signup = Signup.new(params.require(:signup).permit(:email))
    if signup.save
      render json: signup, status: :created
    else
      render json: signup.errors, status: 452
      #                                   ^^^ unknown-status warning =>
    end
  end
end
