class SessionsController < ApplicationController
  def new
    redirect_to dashboard_path, status: :ok if current_user
    #                                   ^^^ redirect-non-3xx error =>
  end

  def create
    user = User.authenticate_by(email: params[:email], password: params[:password])
    if user
      session[:user_id] = user.id
      redirect_to dashboard_path, status: :see_other
      #                                   !!!!!!!!!! redirect-non-3xx after a form post
    else
      redirect_to new_session_path, status: :unauthorized, alert: "Wrong email or password"
      #                                     ^^^^^^^^^^^^^ redirect-non-3xx error =>
    end
  end

  def destroy
    reset_session
    redirect_back fallback_location: root_path, status: 200
    #                                                   ^^^ redirect-non-3xx error =>
  end

  def legacy
    redirect_to "/sessions/new", status: 301
    #                                    !!! redirect-non-3xx a permanent redirect
  end
end

class SessionsFlowTest < ActionDispatch::IntegrationTest
  test "signing in redirects to the dashboard" do
    post session_path, params: { email: "ada@example.com", password: "secret" }
    assert_response :see_other
    #               !!!!!!!!!! redirect-non-3xx a test assertion
  end
end
