require "sinatra"

post "/login" do
  session[:user] = params[:user]
  redirect "/dashboard", 302
  #                      ^^^ redirect-method-change warning => 303 | 307
end

put "/profile" do
  save_profile(params)
  redirect to("/profile"), 301
  #                        ^^^ redirect-method-change warning => 303 | 308
end

delete "/sessions/:id" do
  session.clear
  redirect "/", 303
  #             !!! redirect-method-change already 303
end

post "/upload" do
  redirect "https://storage.example.com/upload", 307
  #                                              !!! redirect-method-change 307 keeps the method
end

get "/old" do
  redirect "/new", 301
  #                !!! redirect-method-change GET route
end

get "/home" do
  redirect to("/dashboard"), 302
  #                          !!! redirect-method-change GET route
end

helpers do
  def back_to_login
    redirect "/login", 302
    #                  ^^^ redirect-method-change hint => 303 | 307
  end

  def save_profile(params); end
end
