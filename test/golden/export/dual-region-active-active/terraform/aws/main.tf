# AWS US East (N. Virginia) (aws-use1)

data "aws_availability_zones" "aws_use1" {
  provider = aws.aws_use1
  state    = "available"
}

resource "aws_vpc" "aws_use1" {
  provider             = aws.aws_use1
  cidr_block           = var.aws_use1_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = {
    Name                = "AWS US East (N. Virginia)"
    "netstudio:element" = "aws-use1"
  }
}

resource "aws_subnet" "aws_use1_default" {
  provider   = aws.aws_use1
  vpc_id     = aws_vpc.aws_use1.id
  cidr_block = var.aws_use1_subnet_cidrs["default"]
  tags = {
    Name                = "AWS US East (N. Virginia) default"
    "netstudio:element" = "default"
  }
}

resource "aws_subnet" "aws_use1_tgw_0" {
  provider          = aws.aws_use1
  vpc_id            = aws_vpc.aws_use1.id
  cidr_block        = cidrsubnet(var.aws_use1_transit_cidr, 5, 0)
  availability_zone = data.aws_availability_zones.aws_use1.names[0]
  tags = {
    Name                = "AWS US East (N. Virginia) TGW attachment 1"
    "netstudio:element" = "aws-use1"
  }
}

resource "aws_subnet" "aws_use1_tgw_1" {
  provider          = aws.aws_use1
  vpc_id            = aws_vpc.aws_use1.id
  cidr_block        = cidrsubnet(var.aws_use1_transit_cidr, 5, 1)
  availability_zone = data.aws_availability_zones.aws_use1.names[1]
  tags = {
    Name                = "AWS US East (N. Virginia) TGW attachment 2"
    "netstudio:element" = "aws-use1"
  }
}

resource "aws_ec2_transit_gateway" "aws_use1" {
  provider                        = aws.aws_use1
  description                     = "AWS US East (N. Virginia) transit gateway"
  amazon_side_asn                 = var.aws_use1_asn
  default_route_table_association = "enable"
  default_route_table_propagation = "enable"
  vpn_ecmp_support                = "enable"
  tags = {
    Name                = "AWS US East (N. Virginia) TGW"
    "netstudio:element" = "aws-use1"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "aws_use1" {
  provider           = aws.aws_use1
  transit_gateway_id = aws_ec2_transit_gateway.aws_use1.id
  vpc_id             = aws_vpc.aws_use1.id
  subnet_ids         = [aws_subnet.aws_use1_tgw_0.id, aws_subnet.aws_use1_tgw_1.id]
  tags = {
    Name                = "AWS US East (N. Virginia) VPC attachment"
    "netstudio:element" = "aws-use1"
  }
}

resource "aws_route" "aws_use1_to_aws_euw1" {
  provider               = aws.aws_use1
  route_table_id         = aws_vpc.aws_use1.main_route_table_id
  destination_cidr_block = var.aws_euw1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_use1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_use1]
}

# AWS EU (Ireland) (aws-euw1)

data "aws_availability_zones" "aws_euw1" {
  provider = aws.aws_euw1
  state    = "available"
}

resource "aws_vpc" "aws_euw1" {
  provider             = aws.aws_euw1
  cidr_block           = var.aws_euw1_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = {
    Name                = "AWS EU (Ireland)"
    "netstudio:element" = "aws-euw1"
  }
}

resource "aws_subnet" "aws_euw1_default" {
  provider   = aws.aws_euw1
  vpc_id     = aws_vpc.aws_euw1.id
  cidr_block = var.aws_euw1_subnet_cidrs["default"]
  tags = {
    Name                = "AWS EU (Ireland) default"
    "netstudio:element" = "default"
  }
}

resource "aws_subnet" "aws_euw1_tgw_0" {
  provider          = aws.aws_euw1
  vpc_id            = aws_vpc.aws_euw1.id
  cidr_block        = cidrsubnet(var.aws_euw1_transit_cidr, 5, 0)
  availability_zone = data.aws_availability_zones.aws_euw1.names[0]
  tags = {
    Name                = "AWS EU (Ireland) TGW attachment 1"
    "netstudio:element" = "aws-euw1"
  }
}

resource "aws_subnet" "aws_euw1_tgw_1" {
  provider          = aws.aws_euw1
  vpc_id            = aws_vpc.aws_euw1.id
  cidr_block        = cidrsubnet(var.aws_euw1_transit_cidr, 5, 1)
  availability_zone = data.aws_availability_zones.aws_euw1.names[1]
  tags = {
    Name                = "AWS EU (Ireland) TGW attachment 2"
    "netstudio:element" = "aws-euw1"
  }
}

resource "aws_ec2_transit_gateway" "aws_euw1" {
  provider                        = aws.aws_euw1
  description                     = "AWS EU (Ireland) transit gateway"
  amazon_side_asn                 = var.aws_euw1_asn
  default_route_table_association = "enable"
  default_route_table_propagation = "enable"
  vpn_ecmp_support                = "enable"
  tags = {
    Name                = "AWS EU (Ireland) TGW"
    "netstudio:element" = "aws-euw1"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "aws_euw1" {
  provider           = aws.aws_euw1
  transit_gateway_id = aws_ec2_transit_gateway.aws_euw1.id
  vpc_id             = aws_vpc.aws_euw1.id
  subnet_ids         = [aws_subnet.aws_euw1_tgw_0.id, aws_subnet.aws_euw1_tgw_1.id]
  tags = {
    Name                = "AWS EU (Ireland) VPC attachment"
    "netstudio:element" = "aws-euw1"
  }
}

resource "aws_route" "aws_euw1_to_aws_use1" {
  provider               = aws.aws_euw1
  route_table_id         = aws_vpc.aws_euw1.main_route_table_id
  destination_cidr_block = var.aws_use1_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euw1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euw1]
}

resource "aws_route" "aws_euw1_to_fra_dc" {
  provider               = aws.aws_euw1
  route_table_id         = aws_vpc.aws_euw1.main_route_table_id
  destination_cidr_block = var.fra_dc_cidr
  transit_gateway_id     = aws_ec2_transit_gateway.aws_euw1.id
  depends_on             = [aws_ec2_transit_gateway_vpc_attachment.aws_euw1]
}

# peer-use1-euw1: TGW peering aws-use1 -> aws-euw1

resource "aws_ec2_transit_gateway_peering_attachment" "peer_use1_euw1" {
  provider                = aws.aws_use1
  transit_gateway_id      = aws_ec2_transit_gateway.aws_use1.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.aws_euw1.id
  peer_region             = "eu-west-1"
  tags = {
    Name                = "peer-use1-euw1"
    "netstudio:element" = "peer-use1-euw1"
  }
}

resource "aws_ec2_transit_gateway_peering_attachment_accepter" "peer_use1_euw1" {
  provider                      = aws.aws_euw1
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.peer_use1_euw1.id
  tags = {
    Name                = "peer-use1-euw1"
    "netstudio:element" = "peer-use1-euw1"
  }
}

resource "aws_ec2_transit_gateway_route" "peer_use1_euw1_aws_use1" {
  provider                       = aws.aws_use1
  destination_cidr_block         = var.aws_euw1_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.peer_use1_euw1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.aws_use1.association_default_route_table_id
  depends_on                     = [aws_ec2_transit_gateway_peering_attachment_accepter.peer_use1_euw1]
}

resource "aws_ec2_transit_gateway_route" "peer_use1_euw1_aws_euw1" {
  provider                       = aws.aws_euw1
  destination_cidr_block         = var.aws_use1_cidr
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment.peer_use1_euw1.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway.aws_euw1.association_default_route_table_id
  depends_on                     = [aws_ec2_transit_gateway_peering_attachment_accepter.peer_use1_euw1]
}

# vpn-fra-euw1: Site-to-Site VPN from aws-euw1 to fra-dc

resource "aws_customer_gateway" "vpn_fra_euw1_aws_euw1" {
  provider   = aws.aws_euw1
  bgp_asn    = tostring(var.fra_dc_asn)
  ip_address = var.fra_dc_public_ip
  type       = "ipsec.1"
  tags = {
    Name                = "Frankfurt data centre (vpn-fra-euw1)"
    "netstudio:element" = "vpn-fra-euw1"
  }
}

resource "aws_vpn_connection" "vpn_fra_euw1_aws_euw1" {
  provider              = aws.aws_euw1
  customer_gateway_id   = aws_customer_gateway.vpn_fra_euw1_aws_euw1.id
  transit_gateway_id    = aws_ec2_transit_gateway.aws_euw1.id
  type                  = "ipsec.1"
  static_routes_only    = false
  tunnel1_inside_cidr   = "169.254.99.176/30"
  tunnel2_inside_cidr   = "169.254.99.180/30"
  tunnel1_preshared_key = var.vpn_fra_euw1_tunnel1_psk
  tunnel2_preshared_key = var.vpn_fra_euw1_tunnel2_psk
  tunnel1_ike_versions  = ["ikev2"]
  tunnel2_ike_versions  = ["ikev2"]
  tags = {
    Name                = "vpn-fra-euw1"
    "netstudio:element" = "vpn-fra-euw1"
  }
}

# Web tier (web): DNS latency records

resource "aws_route53_health_check" "web_aws_use1" {
  provider          = aws.aws_use1
  fqdn              = var.web_aws_use1_endpoint
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  request_interval  = 10
  failure_threshold = 3
  tags = {
    Name                = "Web tier in AWS US East (N. Virginia)"
    "netstudio:element" = "web"
  }
}

resource "aws_route53_record" "web_aws_use1" {
  provider        = aws.aws_use1
  zone_id         = var.route53_zone_id
  name            = var.web_record_name
  type            = "CNAME"
  ttl             = 60
  records         = [var.web_aws_use1_endpoint]
  set_identifier  = "aws-use1"
  health_check_id = aws_route53_health_check.web_aws_use1.id

  latency_routing_policy {
    region = "us-east-1"
  }
}

resource "aws_route53_health_check" "web_aws_euw1" {
  provider          = aws.aws_use1
  fqdn              = var.web_aws_euw1_endpoint
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  request_interval  = 10
  failure_threshold = 3
  tags = {
    Name                = "Web tier in AWS EU (Ireland)"
    "netstudio:element" = "web"
  }
}

resource "aws_route53_record" "web_aws_euw1" {
  provider        = aws.aws_use1
  zone_id         = var.route53_zone_id
  name            = var.web_record_name
  type            = "CNAME"
  ttl             = 60
  records         = [var.web_aws_euw1_endpoint]
  set_identifier  = "aws-euw1"
  health_check_id = aws_route53_health_check.web_aws_euw1.id

  latency_routing_policy {
    region = "eu-west-1"
  }
}
