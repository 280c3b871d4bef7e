"""What was said: quoted spans by their marks (`marks`), quotes and their speakers
(`attribution`), statements and key points after a colon (`statements`), stated positions
(`positions`)."""
